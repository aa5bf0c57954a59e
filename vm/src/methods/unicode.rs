//! The Unicode character data `str`'s methods need beyond Rust's:
//! titlecase mappings, case folding, and the decimal, digit and numeric
//! character classes (as CPython 3.11's Unicode 14 database has them; the
//! rare characters outside these tables are classified approximately).

/// The first code point of each run of ten decimal digits (general
/// category Nd).
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Digits that are not decimal (superscripts, subscripts, circled and
/// parenthesized digits…), as inclusive ranges.
const OTHER_DIGITS: &[(u32, u32)] = &[
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x1F100, 0x1F10A),
];

/// Letters with a numeric value (CJK numerals), which `isnumeric` accepts.
const NUMERIC_LETTERS: &[char] = &[
    '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '億', '兆', '零',
    '壱', '弐', '参', '拾', '廿', '卅', '佰', '仟', '萬', '陸', '伍', '肆', '柒', '捌', '玖',
];

/// `c.isdecimal()`: general category Nd.
pub(crate) fn is_decimal(c: char) -> bool {
    let code = u32::from(c);
    DECIMAL_ZEROS
        .iter()
        .any(|&zero| (zero..zero + 10).contains(&code))
}

/// Letter numbers (general category Nl: Roman numerals, Runic and
/// Hangzhou numerals…), which Rust counts as alphabetic and Python does
/// not, as inclusive ranges.
const LETTER_NUMBERS: &[(u32, u32)] = &[
    (0x16EE, 0x16F0),
    (0x2160, 0x2182),
    (0x2185, 0x2188),
    (0x3007, 0x3007),
    (0x3021, 0x3029),
    (0x3038, 0x303A),
    (0xA6E6, 0xA6EF),
    (0x10140, 0x10174),
    (0x10341, 0x10341),
    (0x1034A, 0x1034A),
    (0x103D1, 0x103D5),
    (0x12400, 0x1246E),
];

/// `c.isalpha()`: a letter (general category L*). Rust's alphabetic
/// property adds letter numbers and some combining marks; the letter
/// numbers are taken out here.
pub(crate) fn is_alpha(c: char) -> bool {
    let code = u32::from(c);
    c.is_alphabetic()
        && !LETTER_NUMBERS
            .iter()
            .any(|&(low, high)| (low..=high).contains(&code))
}

/// `c.isspace()`: Rust's whitespace plus the ASCII separators
/// `\x1c`–`\x1f`, which CPython's bidirectional classes count.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// `c.isdigit()`: a decimal digit or another digit.
pub(crate) fn is_digit(c: char) -> bool {
    let code = u32::from(c);
    is_decimal(c)
        || OTHER_DIGITS
            .iter()
            .any(|&(low, high)| (low..=high).contains(&code))
}

/// `c.isnumeric()`: any character with a numeric value.
pub(crate) fn is_numeric(c: char) -> bool {
    c.is_numeric() || is_digit(c) || NUMERIC_LETTERS.contains(&c)
}

/// Whether a character is cased (has case: upper, lower or title).
pub(crate) fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Whether a character is a titlecase letter (general category Lt).
pub(crate) fn is_titlecase(c: char) -> bool {
    matches!(
        u32::from(c),
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
            | 0x1FBC | 0x1FCC | 0x1FFC
    )
}

/// The titlecase form of a character (CPython's `_PyUnicode_ToTitleFull`):
/// its uppercase form except for the digraphs, ligatures and Greek
/// letters with iota whose titlecase differs.
pub(crate) fn to_title(c: char, out: &mut String) {
    let special: &[char] = match c {
        'ß' => &['S', 's'],
        'ﬀ' => &['F', 'f'],
        'ﬁ' => &['F', 'i'],
        'ﬂ' => &['F', 'l'],
        'ﬃ' => &['F', 'f', 'i'],
        'ﬄ' => &['F', 'f', 'l'],
        'ﬅ' | 'ﬆ' => &['S', 't'],
        'և' => &['Ե', 'ւ'],
        'ﬓ' => &['Մ', 'ն'],
        'ﬔ' => &['Մ', 'ե'],
        'ﬕ' => &['Մ', 'ի'],
        'ﬖ' => &['Վ', 'ն'],
        'ﬗ' => &['Մ', 'խ'],
        '\u{1FB2}' => &['\u{1FBA}', '\u{345}'],
        '\u{1FB4}' => &['\u{386}', '\u{345}'],
        '\u{1FC2}' => &['\u{1FCA}', '\u{345}'],
        '\u{1FC4}' => &['\u{389}', '\u{345}'],
        '\u{1FF2}' => &['\u{1FFA}', '\u{345}'],
        '\u{1FF4}' => &['\u{38F}', '\u{345}'],
        '\u{1FB7}' => &['\u{391}', '\u{342}', '\u{345}'],
        '\u{1FC7}' => &['\u{397}', '\u{342}', '\u{345}'],
        '\u{1FF7}' => &['\u{3A9}', '\u{342}', '\u{345}'],
        _ => &[],
    };
    if !special.is_empty() {
        out.extend(special);
        return;
    }
    let code = u32::from(c);
    let simple = match code {
        0x1C4..=0x1C6 => Some(0x1C5),
        0x1C7..=0x1C9 => Some(0x1C8),
        0x1CA..=0x1CC => Some(0x1CB),
        0x1F1..=0x1F3 => Some(0x1F2),
        0x1F80..=0x1FAF => Some(code | 0x8),
        0x1FB3 | 0x1FBC => Some(0x1FBC),
        0x1FC3 | 0x1FCC => Some(0x1FCC),
        0x1FF3 | 0x1FFC => Some(0x1FFC),
        _ => None,
    };
    match simple.and_then(char::from_u32) {
        Some(title) => out.push(title),
        None => out.extend(c.to_uppercase()),
    }
}

/// The case folding of a character (`str.casefold`): its lowercase form
/// except where full case folding differs.
pub(crate) fn fold(c: char, out: &mut String) {
    let special: &str = match c {
        'ß' | 'ẞ' => "ss",
        'ſ' => "s",
        'ς' => "σ",
        'µ' => "μ",
        'ϐ' => "β",
        'ϑ' => "θ",
        'ϕ' => "φ",
        'ϖ' => "π",
        'ϰ' => "κ",
        'ϱ' => "ρ",
        'ϵ' => "ε",
        'ẛ' => "ṡ",
        '\u{1FBE}' => "ι",
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' | 'ﬆ' => "st",
        'ŉ' => "ʼn",
        'İ' => "i\u{307}",
        _ => "",
    };
    if !special.is_empty() {
        out.push_str(special);
        return;
    }
    let code = u32::from(c);
    // Cherokee small letters fold to the capitals.
    let cherokee = match code {
        0xAB70..=0xABBF => char::from_u32(code - 0xAB70 + 0x13A0),
        0x13F8..=0x13FD => char::from_u32(code - 8),
        _ => None,
    };
    match cherokee {
        Some(capital) => out.push(capital),
        None => out.extend(c.to_lowercase()),
    }
}

/// Whether a character is printable (`str.isprintable`): not a control,
/// format, surrogate, private-use, unassigned or separator character
/// other than the ASCII space.
pub(crate) fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let code = u32::from(c);
    !matches!(
        code,
        0xAD | 0x600..=0x605
            | 0x61C
            | 0x6DD
            | 0x70F
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0xE000..=0xF8FF
            | 0xF0000..=0x10FFFF
            | 0xE0001
            | 0xE0020..=0xE007F
    )
}

/// Whether a character is case-ignorable (Unicode's `Case_Ignorable`),
/// approximately: the common punctuation, modifier letters and combining
/// marks.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{A8}'
            | '\u{AD}'
            | '\u{AF}'
            | '\u{B4}'
            | '\u{B7}'
            | '\u{B8}'
            | '\u{2019}'
    ) || matches!(u32::from(c), 0x2B0..=0x36F | 0x483..=0x489 | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Pushes the lowercase of `chars[i]`: like `char::to_lowercase`, but a
/// capital sigma at the end of a word becomes the final sigma `ς`
/// (CPython's `handle_capital_sigma`).
pub(crate) fn push_lower(chars: &[char], i: usize, out: &mut String) {
    if chars[i] != '\u{3A3}' {
        out.extend(chars[i].to_lowercase());
        return;
    }
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    let final_sigma = before.is_some_and(|&c| is_cased(c)) && !after.is_some_and(|&c| is_cased(c));
    out.push(if final_sigma { '\u{3C2}' } else { '\u{3C3}' });
}
