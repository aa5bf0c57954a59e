//! String literal decoding, checked against values, warnings and error
//! messages captured from CPython 3.11 (`compile()` of each token alone, with
//! all warnings recorded).

use pyvm_lexer::string_literal::{
    decode_string, split_string_token, StringErrorKind, StringPrefix, StringValue,
};

/// An expected value.
enum V {
    Str(&'static str),
    Wide(&'static [u32]),
    Bytes(&'static [u8]),
}

/// A token and what CPython made of it: its value, or its SyntaxError as
/// (message, lineno, offset); and the messages of its DeprecationWarnings.
struct Case {
    token: &'static str,
    expect: Result<V, (&'static str, u32, u32)>,
    warnings: &'static [&'static str],
}

// (token, value or error, warnings): captured from CPython 3.11.7.
// Errors also carry CPython's (lineno, offset) for the token alone on a line;
// they point past the token (at the parser's lookahead), not at the escape.
const CASES: &[Case] = &[
    Case { token: "''", expect: Ok(V::Str("")), warnings: &[] },
    Case { token: "\"\"", expect: Ok(V::Str("")), warnings: &[] },
    Case { token: "''''''", expect: Ok(V::Str("")), warnings: &[] },
    Case { token: "\"\"\"\"\"\"", expect: Ok(V::Str("")), warnings: &[] },
    Case { token: "'abc'", expect: Ok(V::Str("abc")), warnings: &[] },
    Case { token: "\"abc\"", expect: Ok(V::Str("abc")), warnings: &[] },
    Case { token: "u'abc'", expect: Ok(V::Str("abc")), warnings: &[] },
    Case { token: "U\"abc\"", expect: Ok(V::Str("abc")), warnings: &[] },
    Case { token: r"R'\d'", expect: Ok(V::Str(r"\d")), warnings: &[] },
    Case { token: r"r'\d\n\\'", expect: Ok(V::Str(r"\d\n\\")), warnings: &[] },
    Case { token: r#"r"\"""#, expect: Ok(V::Str(r#"\""#)), warnings: &[] },
    Case { token: r"'a\\b'", expect: Ok(V::Str(r"a\b")), warnings: &[] },
    Case { token: r#"'\'\"'"#, expect: Ok(V::Str("'\"")), warnings: &[] },
    Case { token: r"'\a\b\f\n\r\t\v'", expect: Ok(V::Str("\u{7}\u{8}\u{c}\n\r\t\u{b}")), warnings: &[] },
    Case { token: r"'\0'", expect: Ok(V::Str("\u{0}")), warnings: &[] },
    Case { token: r"'\00'", expect: Ok(V::Str("\u{0}")), warnings: &[] },
    Case { token: r"'\000'", expect: Ok(V::Str("\u{0}")), warnings: &[] },
    Case { token: r"'\0000'", expect: Ok(V::Str("\u{0}0")), warnings: &[] },
    Case { token: r"'\18'", expect: Ok(V::Str("\u{1}8")), warnings: &[] },
    Case { token: r"'\101'", expect: Ok(V::Str("A")), warnings: &[] },
    Case { token: r"'\1010'", expect: Ok(V::Str("A0")), warnings: &[] },
    Case { token: r"'\377'", expect: Ok(V::Str("\u{ff}")), warnings: &[] },
    Case { token: r"'\400'", expect: Ok(V::Str("\u{100}")), warnings: &[r"invalid octal escape sequence '\400'"] },
    Case { token: r"'\777'", expect: Ok(V::Str("\u{1ff}")), warnings: &[r"invalid octal escape sequence '\777'"] },
    Case { token: r"'\8'", expect: Ok(V::Str(r"\8")), warnings: &[r"invalid escape sequence '\8'"] },
    Case { token: r"'\9'", expect: Ok(V::Str(r"\9")), warnings: &[r"invalid escape sequence '\9'"] },
    Case { token: r"'\x41'", expect: Ok(V::Str("A")), warnings: &[] },
    Case { token: r"'\x4a\x4A'", expect: Ok(V::Str("JJ")), warnings: &[] },
    Case { token: r"'\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape", 1, 5)), warnings: &[] },
    Case { token: r"'ab\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \xXX escape", 1, 7)), warnings: &[] },
    Case { token: r"'ab\xzz'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \xXX escape", 1, 8)), warnings: &[] },
    Case { token: r"'\xg0'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape", 1, 6)), warnings: &[] },
    Case { token: r"'\u00e9'", expect: Ok(V::Str("\u{e9}")), warnings: &[] },
    Case { token: r"'\u00E9x'", expect: Ok(V::Str("\u{e9}x")), warnings: &[] },
    Case { token: r"'\u12'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape", 1, 6)), warnings: &[] },
    Case { token: r"'ab\u12g'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: truncated \uXXXX escape", 1, 9)), warnings: &[] },
    Case { token: r"'\U0001F600'", expect: Ok(V::Str("\u{1f600}")), warnings: &[] },
    Case { token: r"'\U1234'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \UXXXXXXXX escape", 1, 8)), warnings: &[] },
    Case { token: r"'\U00110000'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 12)), warnings: &[] },
    Case { token: r"'a\U00110000'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 1-10: illegal Unicode character", 1, 13)), warnings: &[] },
    Case { token: r"'\UFFFFFFFF'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 12)), warnings: &[] },
    Case { token: r"'\ud800'", expect: Ok(V::Wide(&[0xd800])), warnings: &[] },
    Case { token: r"'\udfff'", expect: Ok(V::Wide(&[0xdfff])), warnings: &[] },
    Case { token: r"'a\ud800b'", expect: Ok(V::Wide(&[0x61, 0xd800, 0x62])), warnings: &[] },
    Case { token: r"'\ud800\udc00'", expect: Ok(V::Wide(&[0xd800, 0xdc00])), warnings: &[] },
    Case { token: r"'\U0000D800'", expect: Ok(V::Wide(&[0xd800])), warnings: &[] },
    Case { token: "'\u{e9}\\ud800'", expect: Ok(V::Wide(&[0xe9, 0xd800])), warnings: &[] },
    Case { token: r"'\N{LATIN SMALL LETTER A}'", expect: Ok(V::Str("a")), warnings: &[] },
    Case { token: r"'\N{latin small letter a}'", expect: Ok(V::Str("a")), warnings: &[] },
    Case { token: r"'\N{Latin Small Letter A}'", expect: Ok(V::Str("a")), warnings: &[] },
    Case { token: r"'\N{LATIN_SMALL_LETTER_A}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-23: unknown Unicode character name", 1, 26)), warnings: &[] },
    Case { token: r"'\N{LATINSMALLLETTERA}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-20: unknown Unicode character name", 1, 23)), warnings: &[] },
    Case { token: r"'\N{ LATIN SMALL LETTER A}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name", 1, 27)), warnings: &[] },
    Case { token: r"'\N{LATIN SMALL LETTER A }'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name", 1, 27)), warnings: &[] },
    Case { token: r"'\N{LATIN  SMALL LETTER A}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name", 1, 27)), warnings: &[] },
    Case { token: r"'\N{EM DASH}'", expect: Ok(V::Str("\u{2014}")), warnings: &[] },
    Case { token: r"'\N{BLACK STAR}'", expect: Ok(V::Str("\u{2605}")), warnings: &[] },
    Case { token: r"'\N{LINE FEED}'", expect: Ok(V::Str("\n")), warnings: &[] },
    Case { token: r"'\N{LF}'", expect: Ok(V::Str("\n")), warnings: &[] },
    Case { token: r"'\N{line feed}'", expect: Ok(V::Str("\n")), warnings: &[] },
    Case { token: r"'\N{LINEFEED}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-11: unknown Unicode character name", 1, 14)), warnings: &[] },
    Case { token: r"'\N{NBSP}'", expect: Ok(V::Str("\u{a0}")), warnings: &[] },
    Case { token: r"'\N{BYTE ORDER MARK}'", expect: Ok(V::Str("\u{feff}")), warnings: &[] },
    Case { token: r"'\N{EM}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: unknown Unicode character name", 1, 8)), warnings: &[] },
    Case { token: r"'\N{KEYCAP NUMBER SIGN}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name", 1, 24)), warnings: &[] },
    Case { token: r"'\N{TAMIL SYLLABLE KSSA}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: unknown Unicode character name", 1, 25)), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE GAG}'", expect: Ok(V::Str("\u{ac01}")), warnings: &[] },
    Case { token: r"'\N{hangul syllable GAG}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: unknown Unicode character name", 1, 25)), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE gag}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: unknown Unicode character name", 1, 25)), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE A}'", expect: Ok(V::Str("\u{c544}")), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE HIH}'", expect: Ok(V::Str("\u{d7a3}")), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE }'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-19: unknown Unicode character name", 1, 22)), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE GGGG}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-23: unknown Unicode character name", 1, 26)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-4E00}'", expect: Ok(V::Str("\u{4e00}")), warnings: &[] },
    Case { token: r"'\N{cjk unified ideograph-4E00}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name", 1, 32)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-4e00}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name", 1, 32)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-04E00}'", expect: Ok(V::Str("\u{4e00}")), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-4E0}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-28: unknown Unicode character name", 1, 31)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-2B739}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-30: unknown Unicode character name", 1, 33)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-3134A}'", expect: Ok(V::Str("\u{3134a}")), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-3134B}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-30: unknown Unicode character name", 1, 33)), warnings: &[] },
    Case { token: r"'\N{CJK COMPATIBILITY IDEOGRAPH-F900}'", expect: Ok(V::Str("\u{f900}")), warnings: &[] },
    Case { token: r"'\N{TANGUT IDEOGRAPH-17000}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name", 1, 28)), warnings: &[] },
    Case { token: r"'\N{ARABIC SMALL HIGH WORD SAH}'", expect: Ok(V::Str("\u{8cc}")), warnings: &[] },
    Case { token: r"'\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-47: unknown Unicode character name", 1, 50)), warnings: &[] },
    Case { token: r"'\N{foo}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 9)), warnings: &[] },
    Case { token: r"'a\N{LATIN SMALL LETTER A}'", expect: Ok(V::Str("aa")), warnings: &[] },
    Case { token: r"'\N'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape", 1, 4)), warnings: &[] },
    Case { token: r"'\N{'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \N character escape", 1, 5)), warnings: &[] },
    Case { token: r"'\Nabc'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape", 1, 7)), warnings: &[] },
    Case { token: r"'\N{LATIN'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: malformed \N character escape", 1, 10)), warnings: &[] },
    Case { token: r"'\N{}'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \N character escape", 1, 6)), warnings: &[] },
    Case { token: "'\u{e9}\\N{\u{e9}}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 10-23: unknown Unicode character name", 1, 8)), warnings: &[] },
    Case { token: "'\\N{LATIN SMALL LETTER \u{c9}}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-32: unknown Unicode character name", 1, 26)), warnings: &[] },
    Case { token: "'\u{e9}\\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \xXX escape", 1, 6)), warnings: &[] },
    Case { token: "'\u{e9}\u{e9}\\u12'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 20-23: truncated \uXXXX escape", 1, 8)), warnings: &[] },
    Case { token: "'\\\u{e9}'", expect: Ok(V::Str("\\\u{e9}")), warnings: &[] },
    Case { token: "'\\\\\u{e9}\\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 12-14: truncated \xXX escape", 1, 8)), warnings: &[] },
    Case { token: "'\\\u{e9}\\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 16-18: truncated \xXX escape", 1, 7)), warnings: &[] },
    Case { token: "'\u{1f600}\\N{X}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 10-14: unknown Unicode character name", 1, 8)), warnings: &[] },
    Case { token: r"'a\d'", expect: Ok(V::Str(r"a\d")), warnings: &[r"invalid escape sequence '\d'"] },
    Case { token: r"'\d\w'", expect: Ok(V::Str(r"\d\w")), warnings: &[r"invalid escape sequence '\d'"] },
    Case { token: r"'\q\777'", expect: Ok(V::Str("\\q\u{1ff}")), warnings: &[r"invalid escape sequence '\q'"] },
    Case { token: r"'\777\q'", expect: Ok(V::Str("\u{1ff}\\q")), warnings: &[r"invalid octal escape sequence '\777'"] },
    Case { token: r"'\{'", expect: Ok(V::Str(r"\{")), warnings: &[r"invalid escape sequence '\{'"] },
    Case { token: r"'\ '", expect: Ok(V::Str(r"\ ")), warnings: &[r"invalid escape sequence '\ '"] },
    Case { token: "'\\\t'", expect: Ok(V::Str("\\\t")), warnings: &["invalid escape sequence '\\\t'"] },
    Case { token: r"'\#'", expect: Ok(V::Str(r"\#")), warnings: &[r"invalid escape sequence '\#'"] },
    Case { token: "'a\\\nb'", expect: Ok(V::Str("ab")), warnings: &[] },
    Case { token: "\"\"\"a\nb\"\"\"", expect: Ok(V::Str("a\nb")), warnings: &[] },
    Case { token: "'''\\d\n\\w'''", expect: Ok(V::Str("\\d\n\\w")), warnings: &[r"invalid escape sequence '\d'"] },
    Case { token: "b''", expect: Ok(V::Bytes(&[])), warnings: &[] },
    Case { token: "b'abc'", expect: Ok(V::Bytes(&[97, 98, 99])), warnings: &[] },
    Case { token: "B'abc'", expect: Ok(V::Bytes(&[97, 98, 99])), warnings: &[] },
    Case { token: r"b'\x41\x42'", expect: Ok(V::Bytes(&[65, 66])), warnings: &[] },
    Case { token: r"b'\x4'", expect: Err((r"(value error) invalid \x escape at position 0", 1, 6)), warnings: &[] },
    Case { token: r"b'ab\x4g'", expect: Err((r"(value error) invalid \x escape at position 2", 1, 9)), warnings: &[] },
    Case { token: r"b'\xg1'", expect: Err((r"(value error) invalid \x escape at position 0", 1, 7)), warnings: &[] },
    Case { token: r"b'\u1234'", expect: Ok(V::Bytes(&[92, 117, 49, 50, 51, 52])), warnings: &[r"invalid escape sequence '\u'"] },
    Case { token: r"b'\N{x}'", expect: Ok(V::Bytes(&[92, 78, 123, 120, 125])), warnings: &[r"invalid escape sequence '\N'"] },
    Case { token: r"b'\U00012345'", expect: Ok(V::Bytes(&[92, 85, 48, 48, 48, 49, 50, 51, 52, 53])), warnings: &[r"invalid escape sequence '\U'"] },
    Case { token: r"b'\0\1\12\123\1234'", expect: Ok(V::Bytes(&[0, 1, 10, 83, 83, 52])), warnings: &[] },
    Case { token: r"b'\400'", expect: Ok(V::Bytes(&[0])), warnings: &[r"invalid octal escape sequence '\400'"] },
    Case { token: r"b'\777'", expect: Ok(V::Bytes(&[255])), warnings: &[r"invalid octal escape sequence '\777'"] },
    Case { token: r"b'\d'", expect: Ok(V::Bytes(&[92, 100])), warnings: &[r"invalid escape sequence '\d'"] },
    Case { token: r#"b'\a\b\f\n\r\t\v\\\'\"'"#, expect: Ok(V::Bytes(&[7, 8, 12, 10, 13, 9, 11, 92, 39, 34])), warnings: &[] },
    Case { token: "b'\u{e9}'", expect: Err(("bytes can only contain ASCII literal characters", 1, 1)), warnings: &[] },
    Case { token: "b'a\u{e9}'", expect: Err(("bytes can only contain ASCII literal characters", 1, 1)), warnings: &[] },
    Case { token: "rb'\u{e9}'", expect: Err(("bytes can only contain ASCII literal characters", 1, 1)), warnings: &[] },
    Case { token: r"br'\x4'", expect: Ok(V::Bytes(&[92, 120, 52])), warnings: &[] },
    Case { token: r"Rb'\d'", expect: Ok(V::Bytes(&[92, 100])), warnings: &[] },
    Case { token: r"bR'\\'", expect: Ok(V::Bytes(&[92, 92])), warnings: &[] },
    Case { token: "b'a\\\nb'", expect: Ok(V::Bytes(&[97, 98])), warnings: &[] },
    Case { token: "b\"\"\"x\ny\"\"\"", expect: Ok(V::Bytes(&[120, 10, 121])), warnings: &[] },
    Case { token: "rb\"\"\"x\ny\"\"\"", expect: Ok(V::Bytes(&[120, 10, 121])), warnings: &[] },
    Case { token: r"'a\r\nb'", expect: Ok(V::Str("a\r\nb")), warnings: &[] },
    Case { token: "'''a\r\nb\rc'''", expect: Ok(V::Str("a\nb\nc")), warnings: &[] },
    Case { token: r"'ab\\\r\ncd'", expect: Ok(V::Str("ab\\\r\ncd")), warnings: &[] },
    Case { token: r"'ab\\\rcd'", expect: Ok(V::Str("ab\\\rcd")), warnings: &[] },
    Case { token: "b'''a\r\nb'''", expect: Ok(V::Bytes(&[97, 10, 98])), warnings: &[] },
    Case { token: r"b'ab\\\r\ncd'", expect: Ok(V::Bytes(&[97, 98, 92, 13, 10, 99, 100])), warnings: &[] },
    Case { token: "r'''a\r\nb'''", expect: Ok(V::Str("a\nb")), warnings: &[] },
    Case { token: r"'\r\n\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 4-6: truncated \xXX escape", 1, 9)), warnings: &[] },
    Case { token: "'''\u{e9}\r\n\\x4'''", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 11-13: truncated \xXX escape", 2, 5)), warnings: &[] },
    Case { token: "'''\\N{LATIN\r\nX}'''", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name", 2, 5)), warnings: &[] },
    Case { token: "'''\\\n\\x4'''", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \xXX escape", 2, 6)), warnings: &[] },
    Case { token: "'''\\\\\n\\d'''", expect: Ok(V::Str("\\\n\\d")), warnings: &[r"invalid escape sequence '\d'"] },
    Case { token: "'''\\x41\n\\x4'''", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 5-7: truncated \xXX escape", 2, 6)), warnings: &[] },
    Case { token: "'''\n\\d\\w'''", expect: Ok(V::Str("\n\\d\\w")), warnings: &[r"invalid escape sequence '\d'"] },
    Case { token: r"'''\d''\w'''", expect: Ok(V::Str(r"\d''\w")), warnings: &[r"invalid escape sequence '\d'"] },
    Case { token: "\"\"\"a\"b\"c\"\"\"", expect: Ok(V::Str("a\"b\"c")), warnings: &[] },
    Case { token: "'''a'b'c'''", expect: Ok(V::Str("a'b'c")), warnings: &[] },
    Case { token: r"'\N{NO-BREAK SPACE}'", expect: Ok(V::Str("\u{a0}")), warnings: &[] },
    Case { token: r"'\N{NO BREAK SPACE}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-17: unknown Unicode character name", 1, 20)), warnings: &[] },
    Case { token: r"'\N{HANGUL JUNGSEONG O-E}'", expect: Ok(V::Str("\u{1180}")), warnings: &[] },
    Case { token: r"'\N{HANGUL JUNGSEONG OE}'", expect: Ok(V::Str("\u{116c}")), warnings: &[] },
    Case { token: r"'\N{TIBETAN LETTER -A}'", expect: Ok(V::Str("\u{f60}")), warnings: &[] },
    Case { token: r"'\N{TIBETAN LETTER A}'", expect: Ok(V::Str("\u{f68}")), warnings: &[] },
    Case { token: r"'\N{LATIN SMALL LETTER A\}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name", 1, 27)), warnings: &[] },
    Case { token: "'\\N{a\\\u{e9}}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-20: unknown Unicode character name", 1, 9)), warnings: &[] },
    Case { token: r"'\u0041\U00000042\x43\103\N{LATIN CAPITAL LETTER D}'", expect: Ok(V::Str("ABCCD")), warnings: &[] },
    Case { token: r"'\x41\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 4-6: truncated \xXX escape", 1, 9)), warnings: &[] },
    Case { token: r"'\U0010FFFF'", expect: Ok(V::Str("\u{10ffff}")), warnings: &[] },
    Case { token: r"'\U00110000\x4'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 15)), warnings: &[] },
    Case { token: r"'\x4\U00110000'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape", 1, 15)), warnings: &[] },
    Case { token: r"'\N{SPACE}\N{SPACE}'", expect: Ok(V::Str("  ")), warnings: &[] },
    Case { token: r"'tab\there'", expect: Ok(V::Str("tab\there")), warnings: &[] },
    Case { token: r"'a\0b'", expect: Ok(V::Str("a\u{0}b")), warnings: &[] },
    Case { token: r"'\1234'", expect: Ok(V::Str("S4")), warnings: &[] },
    Case { token: r"'\07777'", expect: Ok(V::Str("?77")), warnings: &[] },
    Case { token: r"'\8\9'", expect: Ok(V::Str(r"\8\9")), warnings: &[r"invalid escape sequence '\8'"] },
    Case { token: "'''a\\\n'''", expect: Ok(V::Str("a")), warnings: &[] },
    Case { token: "'''a\\\\\n'''", expect: Ok(V::Str("a\\\n")), warnings: &[] },
    Case { token: r"'\\\\'", expect: Ok(V::Str(r"\\")), warnings: &[] },
    Case { token: r"'\\\''", expect: Ok(V::Str(r"\'")), warnings: &[] },
    Case { token: "'\\x41\u{e9}'", expect: Ok(V::Str("A\u{e9}")), warnings: &[] },
    Case { token: "'\u{e9}\\x41'", expect: Ok(V::Str("\u{e9}A")), warnings: &[] },
    Case { token: r"'\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}'", expect: Ok(V::Str("\u{3b1}\u{3b2}")), warnings: &[] },
    Case { token: r"'\N{LATIN SMALL LETTER A}\N{bogus}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 24-32: unknown Unicode character name", 1, 35)), warnings: &[] },
    Case { token: r"'\N{bogus}\x4'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: unknown Unicode character name", 1, 14)), warnings: &[] },
    Case { token: r"'\x4\N{bogus}'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape", 1, 14)), warnings: &[] },
    Case { token: r"'\U0001f600'", expect: Ok(V::Str("\u{1f600}")), warnings: &[] },
    Case { token: r"'\U0001F60'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \UXXXXXXXX escape", 1, 11)), warnings: &[] },
    Case { token: r"'\u20ac'", expect: Ok(V::Str("\u{20ac}")), warnings: &[] },
    Case { token: r"'\u20AC\u20ac'", expect: Ok(V::Str("\u{20ac}\u{20ac}")), warnings: &[] },
    Case { token: r"'\uD83D\uDE00'", expect: Ok(V::Wide(&[0xd83d, 0xde00])), warnings: &[] },
    Case { token: "'\u{1f600}\\ud83d'", expect: Ok(V::Wide(&[0x1f600, 0xd83d])), warnings: &[] },
    Case { token: r"'a\x00b'", expect: Ok(V::Str("a\u{0}b")), warnings: &[] },
    Case { token: r"'\N{NULL}'", expect: Ok(V::Str("\u{0}")), warnings: &[] },
    Case { token: r"'\N{null}'", expect: Ok(V::Str("\u{0}")), warnings: &[] },
    Case { token: r"'\N{DELETE}'", expect: Ok(V::Str("\u{7f}")), warnings: &[] },
    Case { token: r"'\N{END OF MEDIUM}'", expect: Ok(V::Str("\u{19}")), warnings: &[] },
    Case { token: r"'\N{ZWJ}'", expect: Ok(V::Str("\u{200d}")), warnings: &[] },
    Case { token: r"'\N{VS1}'", expect: Ok(V::Str("\u{fe00}")), warnings: &[] },
    Case { token: r"'\N{VARIATION SELECTOR-1}'", expect: Ok(V::Str("\u{fe00}")), warnings: &[] },
    Case { token: r"'\N{VARIATION SELECTOR-256}'", expect: Ok(V::Str("\u{e01ef}")), warnings: &[] },
    Case { token: r"'\N{VS256}'", expect: Ok(V::Str("\u{e01ef}")), warnings: &[] },
    Case { token: r"'\N{ALERT}'", expect: Ok(V::Str("\u{7}")), warnings: &[] },
    Case { token: r"'\N{BEL}'", expect: Ok(V::Str("\u{7}")), warnings: &[] },
    Case { token: r"'\N{BELL}'", expect: Ok(V::Str("\u{1f514}")), warnings: &[] },
    Case { token: "'''\\N{LATIN SMALL\nLETTER A}'''", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-23: unknown Unicode character name", 2, 12)), warnings: &[] },
    Case { token: r"'\N{{}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: unknown Unicode character name", 1, 7)), warnings: &[] },
    Case { token: r"'\N{}}'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \N character escape", 1, 7)), warnings: &[] },
    Case { token: r"'\N{x}\N{y}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: unknown Unicode character name", 1, 12)), warnings: &[] },
    Case { token: r"'\u00'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape", 1, 6)), warnings: &[] },
    Case { token: r"'\u'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \uXXXX escape", 1, 4)), warnings: &[] },
    Case { token: r"'\x'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape", 1, 4)), warnings: &[] },
    Case { token: r"'\U'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \UXXXXXXXX escape", 1, 4)), warnings: &[] },
    Case { token: r"'\U0001'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \UXXXXXXXX escape", 1, 8)), warnings: &[] },
    Case { token: r"'\u004'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: truncated \uXXXX escape", 1, 7)), warnings: &[] },
    Case { token: r"'\xa'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape", 1, 5)), warnings: &[] },
    Case { token: r"'\x1g'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape", 1, 6)), warnings: &[] },
    Case { token: r"'\U000000e9'", expect: Ok(V::Str("\u{e9}")), warnings: &[] },
    Case { token: r"'\U0000000'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \UXXXXXXXX escape", 1, 11)), warnings: &[] },
    Case { token: r"'\U00000041'", expect: Ok(V::Str("A")), warnings: &[] },
    Case { token: r"'\Ug0000041'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \UXXXXXXXX escape", 1, 12)), warnings: &[] },
    Case { token: r"'\u00g1'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape", 1, 8)), warnings: &[] },
    Case { token: r"'\u0041g'", expect: Ok(V::Str("Ag")), warnings: &[] },
    Case { token: r"'\N{LATIN SMALL LETTER A}\N'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 24-25: malformed \N character escape", 1, 28)), warnings: &[] },
    Case { token: r"'\N{LATIN SMALL LETTER A}\N{'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 24-26: malformed \N character escape", 1, 29)), warnings: &[] },
    Case { token: r"'\N {LATIN SMALL LETTER A}'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape", 1, 27)), warnings: &[] },
    Case { token: r"'\n{LATIN SMALL LETTER A}'", expect: Ok(V::Str("\n{LATIN SMALL LETTER A}")), warnings: &[] },
    Case { token: r"'\N{LATIN SMALL LETTER A'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: malformed \N character escape", 1, 25)), warnings: &[] },
    Case { token: r"'\N{DIGIT ONE}\N{digit one}'", expect: Ok(V::Str("11")), warnings: &[] },
    Case { token: r"'\N{DIGIT 1}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name", 1, 13)), warnings: &[] },
    Case { token: "'\\N{LATIN CAPITAL LETTER \u{c4}}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-34: unknown Unicode character name", 1, 28)), warnings: &[] },
    Case { token: "'\\N{\u{1f600}}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name", 1, 7)), warnings: &[] },
    Case { token: r"'\z\777\q'", expect: Ok(V::Str("\\z\u{1ff}\\q")), warnings: &[r"invalid escape sequence '\z'"] },
    Case { token: r"'\400\q'", expect: Ok(V::Str("\u{100}\\q")), warnings: &[r"invalid octal escape sequence '\400'"] },
    Case { token: r"'\q\400'", expect: Ok(V::Str("\\q\u{100}")), warnings: &[r"invalid escape sequence '\q'"] },
    Case { token: r"'ab\8cd'", expect: Ok(V::Str(r"ab\8cd")), warnings: &[r"invalid escape sequence '\8'"] },
    Case { token: r"'\c'", expect: Ok(V::Str(r"\c")), warnings: &[r"invalid escape sequence '\c'"] },
    Case { token: r"'\e'", expect: Ok(V::Str(r"\e")), warnings: &[r"invalid escape sequence '\e'"] },
    Case { token: r"'\g'", expect: Ok(V::Str(r"\g")), warnings: &[r"invalid escape sequence '\g'"] },
    Case { token: r"'\i'", expect: Ok(V::Str(r"\i")), warnings: &[r"invalid escape sequence '\i'"] },
    Case { token: r"'\j'", expect: Ok(V::Str(r"\j")), warnings: &[r"invalid escape sequence '\j'"] },
    Case { token: r"'\k'", expect: Ok(V::Str(r"\k")), warnings: &[r"invalid escape sequence '\k'"] },
    Case { token: r"'\l'", expect: Ok(V::Str(r"\l")), warnings: &[r"invalid escape sequence '\l'"] },
    Case { token: r"'\m'", expect: Ok(V::Str(r"\m")), warnings: &[r"invalid escape sequence '\m'"] },
    Case { token: r"'\o'", expect: Ok(V::Str(r"\o")), warnings: &[r"invalid escape sequence '\o'"] },
    Case { token: r"'\p'", expect: Ok(V::Str(r"\p")), warnings: &[r"invalid escape sequence '\p'"] },
    Case { token: r"'\s'", expect: Ok(V::Str(r"\s")), warnings: &[r"invalid escape sequence '\s'"] },
    Case { token: r"'\w'", expect: Ok(V::Str(r"\w")), warnings: &[r"invalid escape sequence '\w'"] },
    Case { token: r"'\y'", expect: Ok(V::Str(r"\y")), warnings: &[r"invalid escape sequence '\y'"] },
    Case { token: r"'\A'", expect: Ok(V::Str(r"\A")), warnings: &[r"invalid escape sequence '\A'"] },
    Case { token: r"'\B'", expect: Ok(V::Str(r"\B")), warnings: &[r"invalid escape sequence '\B'"] },
    Case { token: r"'\C'", expect: Ok(V::Str(r"\C")), warnings: &[r"invalid escape sequence '\C'"] },
    Case { token: r"'\D'", expect: Ok(V::Str(r"\D")), warnings: &[r"invalid escape sequence '\D'"] },
    Case { token: r"'\Z'", expect: Ok(V::Str(r"\Z")), warnings: &[r"invalid escape sequence '\Z'"] },
    Case { token: r"'\-'", expect: Ok(V::Str(r"\-")), warnings: &[r"invalid escape sequence '\-'"] },
    Case { token: r"'\('", expect: Ok(V::Str(r"\(")), warnings: &[r"invalid escape sequence '\('"] },
    Case { token: r"'\)'", expect: Ok(V::Str(r"\)")), warnings: &[r"invalid escape sequence '\)'"] },
    Case { token: r"'\['", expect: Ok(V::Str(r"\[")), warnings: &[r"invalid escape sequence '\['"] },
    Case { token: r"'\]'", expect: Ok(V::Str(r"\]")), warnings: &[r"invalid escape sequence '\]'"] },
    Case { token: r"'\.'", expect: Ok(V::Str(r"\.")), warnings: &[r"invalid escape sequence '\.'"] },
    Case { token: r"'\*'", expect: Ok(V::Str(r"\*")), warnings: &[r"invalid escape sequence '\*'"] },
    Case { token: r"'\?'", expect: Ok(V::Str(r"\?")), warnings: &[r"invalid escape sequence '\?'"] },
    Case { token: r"'\/'", expect: Ok(V::Str(r"\/")), warnings: &[r"invalid escape sequence '\/'"] },
    Case { token: r"'\|'", expect: Ok(V::Str(r"\|")), warnings: &[r"invalid escape sequence '\|'"] },
    Case { token: r"'\$'", expect: Ok(V::Str(r"\$")), warnings: &[r"invalid escape sequence '\$'"] },
    Case { token: r"'\^'", expect: Ok(V::Str(r"\^")), warnings: &[r"invalid escape sequence '\^'"] },
    Case { token: r"'\~'", expect: Ok(V::Str(r"\~")), warnings: &[r"invalid escape sequence '\~'"] },
    Case { token: r"'\`'", expect: Ok(V::Str(r"\`")), warnings: &[r"invalid escape sequence '\`'"] },
    Case { token: r"'\!'", expect: Ok(V::Str(r"\!")), warnings: &[r"invalid escape sequence '\!'"] },
    Case { token: r"'\@'", expect: Ok(V::Str(r"\@")), warnings: &[r"invalid escape sequence '\@'"] },
    Case { token: r"'\%'", expect: Ok(V::Str(r"\%")), warnings: &[r"invalid escape sequence '\%'"] },
    Case { token: r"'\&'", expect: Ok(V::Str(r"\&")), warnings: &[r"invalid escape sequence '\&'"] },
    Case { token: r"'\_'", expect: Ok(V::Str(r"\_")), warnings: &[r"invalid escape sequence '\_'"] },
    Case { token: r"'\<'", expect: Ok(V::Str(r"\<")), warnings: &[r"invalid escape sequence '\<'"] },
    Case { token: r"'\>'", expect: Ok(V::Str(r"\>")), warnings: &[r"invalid escape sequence '\>'"] },
    Case { token: r"'\,'", expect: Ok(V::Str(r"\,")), warnings: &[r"invalid escape sequence '\,'"] },
    Case { token: r"'\;'", expect: Ok(V::Str(r"\;")), warnings: &[r"invalid escape sequence '\;'"] },
    Case { token: r"'\:'", expect: Ok(V::Str(r"\:")), warnings: &[r"invalid escape sequence '\:'"] },
    Case { token: r"'\='", expect: Ok(V::Str(r"\=")), warnings: &[r"invalid escape sequence '\='"] },
    Case { token: r"'\+'", expect: Ok(V::Str(r"\+")), warnings: &[r"invalid escape sequence '\+'"] },
    Case { token: r"'\}'", expect: Ok(V::Str(r"\}")), warnings: &[r"invalid escape sequence '\}'"] },
    Case { token: r"'''\''''", expect: Ok(V::Str("'")), warnings: &[] },
    Case { token: r#"'''\"'''"#, expect: Ok(V::Str("\"")), warnings: &[] },
    Case { token: r"'''a\'''b'''", expect: Ok(V::Str("a'''b")), warnings: &[] },
    Case { token: "\"'\"", expect: Ok(V::Str("'")), warnings: &[] },
    Case { token: "'\"'", expect: Ok(V::Str("\"")), warnings: &[] },
    Case { token: r"'\x5c'", expect: Ok(V::Str(r"\")), warnings: &[] },
    Case { token: r"'\134'", expect: Ok(V::Str(r"\")), warnings: &[] },
    Case { token: r"'\u005c'", expect: Ok(V::Str(r"\")), warnings: &[] },
    Case { token: r"'\N{REVERSE SOLIDUS}x'", expect: Ok(V::Str(r"\x")), warnings: &[] },
    Case { token: r"b'\x5c'", expect: Ok(V::Bytes(&[92])), warnings: &[] },
    Case { token: r"b'\x5C\x5c'", expect: Ok(V::Bytes(&[92, 92])), warnings: &[] },
    Case { token: r"b'\xff\xFF\x00'", expect: Ok(V::Bytes(&[255, 255, 0])), warnings: &[] },
    Case { token: r"b'\x'", expect: Err((r"(value error) invalid \x escape at position 0", 1, 5)), warnings: &[] },
    Case { token: r"b'\xf'", expect: Err((r"(value error) invalid \x escape at position 0", 1, 6)), warnings: &[] },
    Case { token: r"b'\xfg'", expect: Err((r"(value error) invalid \x escape at position 0", 1, 7)), warnings: &[] },
    Case { token: "b'ab\\\ncd'", expect: Ok(V::Bytes(&[97, 98, 99, 100])), warnings: &[] },
    Case { token: r"b'ab\q\x4'", expect: Err((r"(value error) invalid \x escape at position 4", 1, 10)), warnings: &[] },
    Case { token: r"b'\q\w'", expect: Ok(V::Bytes(&[92, 113, 92, 119])), warnings: &[r"invalid escape sequence '\q'"] },
    Case { token: r"b'\x4\q'", expect: Err((r"(value error) invalid \x escape at position 0", 1, 8)), warnings: &[] },
    Case { token: r"b'\q\x4'", expect: Err((r"(value error) invalid \x escape at position 2", 1, 8)), warnings: &[] },
    Case { token: r"rb'\x4'", expect: Ok(V::Bytes(&[92, 120, 52])), warnings: &[] },
    Case { token: "rb''", expect: Ok(V::Bytes(&[])), warnings: &[] },
    Case { token: r"Br'\N'", expect: Ok(V::Bytes(&[92, 78])), warnings: &[] },
    Case { token: r#"bR"\u""#, expect: Ok(V::Bytes(&[92, 117])), warnings: &[] },
    Case { token: r"b'\0'", expect: Ok(V::Bytes(&[0])), warnings: &[] },
    Case { token: r"b'\8'", expect: Ok(V::Bytes(&[92, 56])), warnings: &[r"invalid escape sequence '\8'"] },
    Case { token: r"b'\9'", expect: Ok(V::Bytes(&[92, 57])), warnings: &[r"invalid escape sequence '\9'"] },
    Case { token: r"b'\18'", expect: Ok(V::Bytes(&[1, 56])), warnings: &[] },
    Case { token: r"b'\1x'", expect: Ok(V::Bytes(&[1, 120])), warnings: &[] },
    Case { token: r"b'\x410'", expect: Ok(V::Bytes(&[65, 48])), warnings: &[] },
    Case { token: r"b'\12345'", expect: Ok(V::Bytes(&[83, 52, 53])), warnings: &[] },
    Case { token: "b'''\\\n\\x4'''", expect: Err((r"(value error) invalid \x escape at position 2", 2, 6)), warnings: &[] },
    Case { token: "b'''a\r\n\\x4'''", expect: Err((r"(value error) invalid \x escape at position 2", 2, 6)), warnings: &[] },
    Case { token: r"b'\400\q'", expect: Ok(V::Bytes(&[0, 92, 113])), warnings: &[r"invalid octal escape sequence '\400'"] },
    Case { token: "'''\r\n\\x4'''", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \xXX escape", 2, 6)), warnings: &[] },
    Case { token: "'''\r\\x4'''", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \xXX escape", 2, 6)), warnings: &[] },
    Case { token: "'''a\n\\x4'''", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \xXX escape", 2, 6)), warnings: &[] },
    Case { token: r"'\x41\x42\x43\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 12-14: truncated \xXX escape", 1, 17)), warnings: &[] },
    Case { token: "'\\N{LATIN SMALL LETTER A}\u{e9}\\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 34-36: truncated \xXX escape", 1, 30)), warnings: &[] },
    Case { token: "'ab\\N{\u{e9}}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-15: unknown Unicode character name", 1, 9)), warnings: &[] },
    Case { token: r"'\U0001F600\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \xXX escape", 1, 15)), warnings: &[] },
    Case { token: r"'\u00e9\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 6-8: truncated \xXX escape", 1, 11)), warnings: &[] },
    Case { token: r"'\\\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \xXX escape", 1, 7)), warnings: &[] },
    Case { token: "'\\\\\\\u{e9}\\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 18-20: truncated \xXX escape", 1, 9)), warnings: &[] },
    Case { token: "'\\\\\\\\\u{e9}\\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 14-16: truncated \xXX escape", 1, 10)), warnings: &[] },
    Case { token: "'\u{e9}\\\\\u{e9}\\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 22-24: truncated \xXX escape", 1, 9)), warnings: &[] },
    Case { token: "'\\\u{e9}\u{e9}\\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 26-28: truncated \xXX escape", 1, 8)), warnings: &[] },
    Case { token: "'ab\\\n\\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 4-6: truncated \xXX escape", 2, 4)), warnings: &[] },
    Case { token: "'''ab\\\n\\x4'''", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 4-6: truncated \xXX escape", 2, 6)), warnings: &[] },
    Case { token: "'''ab\r\n\\x4'''", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 3-5: truncated \xXX escape", 2, 6)), warnings: &[] },
    Case { token: "'''ab\r\\x4'''", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 3-5: truncated \xXX escape", 2, 6)), warnings: &[] },
    Case { token: "'''ab\\\\\r\n\\x4'''", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 5-7: truncated \xXX escape", 2, 6)), warnings: &[] },
    Case { token: "'''\\\\\r\n\\x4'''", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 3-5: truncated \xXX escape", 2, 6)), warnings: &[] },
    Case { token: "'''\\\\\r\\x4'''", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 3-5: truncated \xXX escape", 2, 6)), warnings: &[] },
    Case { token: r"'\u0041\u0042\u0043'", expect: Ok(V::Str("ABC")), warnings: &[] },
    Case { token: r"'\U000E0001'", expect: Ok(V::Str("\u{e0001}")), warnings: &[] },
    Case { token: r"'\N{LANGUAGE TAG}'", expect: Ok(V::Str("\u{e0001}")), warnings: &[] },
    Case { token: r"'\N{CANCEL TAG}'", expect: Ok(V::Str("\u{e007f}")), warnings: &[] },
    Case { token: r"'\N{TAG LATIN SMALL LETTER A}'", expect: Ok(V::Str("\u{e0061}")), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE GGAEGG}'", expect: Ok(V::Str("\u{ae6a}")), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE YEOLB}'", expect: Ok(V::Str("\u{c5f7}")), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE YI}'", expect: Ok(V::Str("\u{c758}")), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE GYI}'", expect: Ok(V::Str("\u{ae14}")), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE WAELH}'", expect: Ok(V::Str("\u{c66b}")), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE NG}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name", 1, 24)), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE G}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-20: unknown Unicode character name", 1, 23)), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE GAGG}'", expect: Ok(V::Str("\u{ac02}")), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE GAGGG}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name", 1, 27)), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLE SSANG}'", expect: Ok(V::Str("\u{c30d}")), warnings: &[] },
    Case { token: r"'\N{HANGUL SYLLABLEGAG}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name", 1, 24)), warnings: &[] },
    Case { token: r"'\N{HANGUL  SYLLABLE GAG}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-23: unknown Unicode character name", 1, 26)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-9FFF}'", expect: Ok(V::Str("\u{9fff}")), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-A000}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name", 1, 32)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-20000}'", expect: Ok(V::Str("\u{20000}")), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-020000}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-31: unknown Unicode character name", 1, 34)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name", 1, 28)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-3400}'", expect: Ok(V::Str("\u{3400}")), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-33FF}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name", 1, 32)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-2EBE0}'", expect: Ok(V::Str("\u{2ebe0}")), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-2EBE1}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-30: unknown Unicode character name", 1, 33)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-31350}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-30: unknown Unicode character name", 1, 33)), warnings: &[] },
    Case { token: r"'\N{Cjk Unified Ideograph-4E00}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name", 1, 32)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH 4E00}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name", 1, 32)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH-+4E00}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-30: unknown Unicode character name", 1, 33)), warnings: &[] },
    Case { token: r"'\N{CJK UNIFIED IDEOGRAPH- 4E00}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-30: unknown Unicode character name", 1, 33)), warnings: &[] },
    Case { token: r"'\N{SIGN OF THE HORNS}'", expect: Ok(V::Str("\u{1f918}")), warnings: &[] },
    Case { token: r"'\N{FACE WITH SPIRAL EYES}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name", 1, 27)), warnings: &[] },
    Case { token: r"'\N{MELTING FACE}'", expect: Ok(V::Str("\u{1fae0}")), warnings: &[] },
    Case { token: r"'\N{SHAKING FACE}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name", 1, 18)), warnings: &[] },
    Case { token: r"'\N{WIRELESS}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-11: unknown Unicode character name", 1, 14)), warnings: &[] },
    Case { token: r"'\N{LATIN CAPITAL LETTER GHA}'", expect: Ok(V::Str("\u{1a2}")), warnings: &[] },
    Case { token: r"'\N{LATIN CAPITAL LETTER OI}'", expect: Ok(V::Str("\u{1a2}")), warnings: &[] },
    Case { token: r"'\N{PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRAKCET}'", expect: Ok(V::Str("\u{fe18}")), warnings: &[] },
    Case { token: r"'\N{PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET}'", expect: Ok(V::Str("\u{fe18}")), warnings: &[] },
    Case { token: r"'\N{BYZANTINE MUSICAL SYMBOL FHTORA SKLIRON CHROMA VASIS}'", expect: Ok(V::Str("\u{1d0c5}")), warnings: &[] },
    Case { token: r"'\N{SYRIAC SUBLINEAR COLON SKEWED LEFT}'", expect: Ok(V::Str("\u{709}")), warnings: &[] },
    Case { token: r"'\N{KANNADA LETTER LLLA}'", expect: Ok(V::Str("\u{cde}")), warnings: &[] },
    Case { token: r"'\N{MICRO SIGN}'", expect: Ok(V::Str("\u{b5}")), warnings: &[] },
    Case { token: r"'\N{GREEK SMALL LETTER MU}'", expect: Ok(V::Str("\u{3bc}")), warnings: &[] },
    Case { token: r"'\N{OHM SIGN}'", expect: Ok(V::Str("\u{2126}")), warnings: &[] },
    Case { token: r"'\N{ANGSTROM SIGN}'", expect: Ok(V::Str("\u{212b}")), warnings: &[] },
    Case { token: r"'\N{KELVIN SIGN}'", expect: Ok(V::Str("\u{212a}")), warnings: &[] },
    Case { token: r"'\N{DIGIT ZERO}'", expect: Ok(V::Str("0")), warnings: &[] },
    Case { token: r"'\N{VULGAR FRACTION ONE HALF}'", expect: Ok(V::Str("\u{bd}")), warnings: &[] },
    Case { token: r"'\N{SNOWMAN}'", expect: Ok(V::Str("\u{2603}")), warnings: &[] },
    Case { token: r"'\N{snowman}'", expect: Ok(V::Str("\u{2603}")), warnings: &[] },
    Case { token: r"'\N{sNoWmAn}'", expect: Ok(V::Str("\u{2603}")), warnings: &[] },
    Case { token: r"'\N{EURO SIGN}'", expect: Ok(V::Str("\u{20ac}")), warnings: &[] },
    Case { token: r"'\N{PILE OF POO}'", expect: Ok(V::Str("\u{1f4a9}")), warnings: &[] },
    Case { token: r"'\N{FACE WITH TEARS OF JOY}'", expect: Ok(V::Str("\u{1f602}")), warnings: &[] },
    Case { token: r"'\N{ZERO WIDTH JOINER}'", expect: Ok(V::Str("\u{200d}")), warnings: &[] },
    Case { token: r"'\N{ZERO WIDTH NO-BREAK SPACE}'", expect: Ok(V::Str("\u{feff}")), warnings: &[] },
    Case { token: r"'\N{ZWNBSP}'", expect: Ok(V::Str("\u{feff}")), warnings: &[] },
    Case { token: r"'\N{SHY}'", expect: Ok(V::Str("\u{ad}")), warnings: &[] },
    Case { token: r"'\N{SOFT HYPHEN}'", expect: Ok(V::Str("\u{ad}")), warnings: &[] },
    Case { token: r"'\N{CHARACTER TABULATION}'", expect: Ok(V::Str("\t")), warnings: &[] },
    Case { token: r"'\N{HORIZONTAL TABULATION}'", expect: Ok(V::Str("\t")), warnings: &[] },
    Case { token: r"'\N{TAB}'", expect: Ok(V::Str("\t")), warnings: &[] },
    Case { token: r"'\N{HT}'", expect: Ok(V::Str("\t")), warnings: &[] },
    Case { token: r"'\N{CARRIAGE RETURN}'", expect: Ok(V::Str("\r")), warnings: &[] },
    Case { token: r"'\N{CR}'", expect: Ok(V::Str("\r")), warnings: &[] },
    Case { token: r"'\N{NEW LINE}'", expect: Ok(V::Str("\n")), warnings: &[] },
    Case { token: r"'\N{NEXT LINE}'", expect: Ok(V::Str("\u{85}")), warnings: &[] },
    Case { token: r"'\N{NEL}'", expect: Ok(V::Str("\u{85}")), warnings: &[] },
    Case { token: r"'\N{SPACE}'", expect: Ok(V::Str(" ")), warnings: &[] },
    Case { token: r"'\N{SP}'", expect: Ok(V::Str(" ")), warnings: &[] },
    Case { token: r"'\N{SINGLE SHIFT TWO}'", expect: Ok(V::Str("\u{8e}")), warnings: &[] },
    Case { token: r"'\N{SS2}'", expect: Ok(V::Str("\u{8e}")), warnings: &[] },
    Case { token: r"'\N{PADDING CHARACTER}'", expect: Ok(V::Str("\u{80}")), warnings: &[] },
    Case { token: r"'\N{PAD}'", expect: Ok(V::Str("\u{80}")), warnings: &[] },
    Case { token: r"'\N{HIGH OCTET PRESET}'", expect: Ok(V::Str("\u{81}")), warnings: &[] },
    Case { token: r"'\N{HOP}'", expect: Ok(V::Str("\u{81}")), warnings: &[] },
    Case { token: r"'\N{SINGLE GRAPHIC CHARACTER INTRODUCER}'", expect: Ok(V::Str("\u{99}")), warnings: &[] },
    Case { token: r"'\N{SGC}'", expect: Ok(V::Str("\u{99}")), warnings: &[] },
    Case { token: r"'\N{PARTIAL LINE FORWARD}'", expect: Ok(V::Str("\u{8b}")), warnings: &[] },
    Case { token: r"'\N{PARTIAL LINE DOWN}'", expect: Ok(V::Str("\u{8b}")), warnings: &[] },
    Case { token: "'ab\\\r\ncd'", expect: Ok(V::Str("abcd")), warnings: &[] },
    Case { token: "'ab\\\rcd'", expect: Ok(V::Str("abcd")), warnings: &[] },
    Case { token: "b'ab\\\r\ncd'", expect: Ok(V::Bytes(&[97, 98, 99, 100])), warnings: &[] },
    Case { token: "rb'''\\\r\n'''", expect: Ok(V::Bytes(&[92, 10])), warnings: &[] },
    Case { token: "'''\\\r\n\\x4'''", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \xXX escape", 2, 6)), warnings: &[] },
    Case { token: "r'a\\\r\nb'", expect: Ok(V::Str("a\\\nb")), warnings: &[] },
    Case { token: "'\\N{LATIN SMALL LETTER A}\\\r\n\\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 26-28: truncated \xXX escape", 2, 4)), warnings: &[] },
];

/// Where the tested tokens are placed in their imaginary file, so that spans
/// are checked to be absolute.
const TOKEN_START: u32 = 1000;

fn matches_value(expected: &V, got: &StringValue) -> bool {
    match (expected, got) {
        (V::Str(e), StringValue::Str(g)) => e == g,
        (V::Wide(e), StringValue::StrWithSurrogates(g)) => e == g,
        (V::Bytes(e), StringValue::Bytes(g)) => e == g,
        _ => false,
    }
}

#[test]
fn decoding_matches_cpython() {
    let mut failures = Vec::new();
    for case in CASES {
        let token_end = TOKEN_START + case.token.len() as u32;
        let inside = |span: pyvm_source::Span| {
            TOKEN_START <= span.start && span.start <= span.end && span.end <= token_end
        };
        match (&case.expect, decode_string(case.token, TOKEN_START)) {
            (Ok(expected), Ok(decoded)) => {
                let messages: Vec<String> =
                    decoded.warnings.iter().map(|w| w.to_string()).collect();
                if !matches_value(expected, &decoded.value) || messages != case.warnings {
                    failures.push(format!("{:?}: got {decoded:?}", case.token));
                }
                for warning in &decoded.warnings {
                    let text = &case.token[(warning.span.start - TOKEN_START) as usize..]
                        [..warning.span.len() as usize];
                    if !inside(warning.span) || !text.starts_with('\\') {
                        failures.push(format!("{:?}: warning span {warning:?}", case.token));
                    }
                }
            }
            (Err((message, _, _)), Err(error)) => {
                if error.to_string() != *message || !inside(error.span) {
                    failures.push(format!("{:?}: got {error:?} ({error})", case.token));
                }
            }
            (_, got) => failures.push(format!("{:?}: got {got:?}", case.token)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn escape_errors_point_at_the_escape() {
    let source = "x = 'ab\\x4' + 1";
    let error = decode_string(&source[4..11], 4).unwrap_err();
    assert_eq!(&source[error.span.range()], "\\x4");

    let source = "x = 'é\\N{nope}'";
    let error = decode_string(&source[4..], 4).unwrap_err();
    assert_eq!(&source[error.span.range()], "\\N{nope}");

    let source = "  '\\U00110000'";
    let error = decode_string(&source[2..], 2).unwrap_err();
    assert_eq!(&source[error.span.range()], "\\U00110000");

    let source = "  b'a\\x1'";
    let error = decode_string(&source[2..], 2).unwrap_err();
    assert_eq!(&source[error.span.range()], "\\x1");
}

#[test]
fn non_ascii_bytes_error_covers_the_token() {
    let error = decode_string("b'é'", 5).unwrap_err();
    assert_eq!(error.kind, StringErrorKind::NonAsciiBytes);
    assert_eq!(error.span.range(), 5..10);
}

#[test]
fn only_the_first_invalid_escape_warns_and_points_at_it() {
    let source = "s = '''a\n\\d\\w'''";
    let decoded = decode_string(&source[4..], 4).unwrap();
    assert_eq!(decoded.warnings.len(), 1);
    assert_eq!(&source[decoded.warnings[0].span.range()], "\\d");

    let source = "s = b'\\777'";
    let decoded = decode_string(&source[4..], 4).unwrap();
    assert_eq!(&source[decoded.warnings[0].span.range()], "\\777");
}

#[test]
fn prefixes_in_any_case_and_order() {
    let valid = ["", "r", "u", "b", "f", "br", "rb", "fr", "rf"];
    for prefix in valid {
        for variant in case_variants(prefix) {
            let parsed = StringPrefix::parse(&variant).unwrap();
            assert_eq!(parsed.raw, prefix.contains('r'), "{variant}");
            assert_eq!(parsed.bytes, prefix.contains('b'), "{variant}");
            assert_eq!(parsed.format, prefix.contains('f'), "{variant}");
            assert_eq!(parsed.unicode, prefix.contains('u'), "{variant}");
        }
    }
    for invalid in [
        "ur", "ru", "ub", "bu", "uf", "fu", "bf", "fb", "rr", "bb", "x", "rbf", "c",
    ] {
        for variant in case_variants(invalid) {
            assert_eq!(StringPrefix::parse(&variant), None, "{variant}");
        }
    }
}

/// Every upper/lower case spelling of `letters`.
fn case_variants(letters: &str) -> Vec<String> {
    let mut variants = vec![String::new()];
    for c in letters.chars() {
        variants = variants
            .iter()
            .flat_map(|v| {
                [
                    format!("{v}{}", c.to_ascii_lowercase()),
                    format!("{v}{}", c.to_ascii_uppercase()),
                ]
            })
            .collect();
    }
    variants
}

#[test]
fn splitting_tokens() {
    let literal = split_string_token("Rb'''a'b'''").unwrap();
    assert!(literal.prefix.raw && literal.prefix.bytes && literal.triple);
    assert_eq!(
        (literal.quote, literal.body, literal.body_offset),
        ('\'', "a'b", 5)
    );

    let literal = split_string_token("\"\"").unwrap();
    assert_eq!(
        (literal.quote, literal.body, literal.triple),
        ('"', "", false)
    );

    let literal = split_string_token("f'{x}'").unwrap();
    assert!(literal.prefix.format);
    assert_eq!((literal.body, literal.body_offset), ("{x}", 2));

    let literal = split_string_token("'''a\\''''").unwrap();
    assert_eq!(literal.body, "a\\'");

    for malformed in [
        "",
        "'",
        "\"'",
        "'''",
        "''''",
        "'''''",
        "'a",
        "a'",
        "x'a'",
        "ur'a'",
        "'a\\'",
        "r'\\'",
        "'''a'",
        "''a'",
        "'''a\\'''",
        "b",
        "bb''",
        "\"\"\"a\"\"",
    ] {
        assert_eq!(split_string_token(malformed), None, "{malformed:?}");
    }
}

#[test]
fn malformed_tokens_are_errors() {
    for text in ["", "abc", "'unclosed", "f'{x}'", "F''", "'\\'"] {
        let error = decode_string(text, 3).unwrap_err();
        assert_eq!(error.kind, StringErrorKind::MalformedToken, "{text:?}");
        assert_eq!(error.span.range(), 3..3 + text.len(), "{text:?}");
    }
}

#[test]
fn random_input_never_panics_and_errors_stay_in_the_token() {
    const ALPHABET: &[&str] = &[
        "'",
        "\"",
        "'''",
        "\\",
        "\\\\",
        "x",
        "N",
        "{",
        "}",
        "u",
        "U",
        "0",
        "7",
        "9",
        "a",
        "f",
        "b",
        "r",
        "\r",
        "\n",
        "é",
        "😀",
        " ",
        "\\N{",
        "LATIN SMALL LETTER A",
        "\\x",
        "\\u",
        "\\U",
        "d800",
        "0010FFFF",
        "F",
        "\\N{SPACE}",
        "\\777",
        "\\ud800",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    for round in 0..20_000 {
        let mut text = String::new();
        if round % 2 == 0 {
            text.push_str(["", "b", "r", "rb", "u", "B", "R"][next() % 7]);
            text.push('\'');
        }
        for _ in 0..next() % 12 {
            text.push_str(ALPHABET[next() % ALPHABET.len()]);
        }
        if round % 2 == 0 {
            text.push('\'');
        }
        let start = (next() % 100) as u32;
        let end = start + text.len() as u32;
        match decode_string(&text, start) {
            Ok(decoded) => {
                for warning in decoded.warnings {
                    assert!(
                        start <= warning.span.start && warning.span.end <= end,
                        "{text:?}"
                    );
                }
            }
            Err(error) => {
                assert!(start <= error.span.start, "{text:?}: {error:?}");
                assert!(
                    error.span.start <= error.span.end && error.span.end <= end,
                    "{text:?}"
                );
            }
        }
    }
}
