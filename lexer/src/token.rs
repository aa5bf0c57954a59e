//! Token kinds and tokens, named after CPython's `token` module.

use pyvm_source::Span;

/// The kind of a token: CPython's `token` module types, with every operator
/// as its own "exact type" (`LPAR`, `PLUSEQUAL`, …).
///
/// `tokenize` reports operators as `OP` and the exact type only with
/// `-e`; [`TokenKind::name`] and [`TokenKind::exact_name`] give both.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum TokenKind {
    /// End of input.
    EndMarker,
    /// An identifier or keyword.
    Name,
    /// A numeric literal.
    Number,
    /// A string or bytes literal, including f-strings (one token each, as in 3.11).
    String,
    /// The end of a logical line.
    Newline,
    /// An increase of indentation.
    Indent,
    /// A decrease of indentation.
    Dedent,
    /// `(`
    Lpar,
    /// `)`
    Rpar,
    /// `[`
    Lsqb,
    /// `]`
    Rsqb,
    /// `:`
    Colon,
    /// `,`
    Comma,
    /// `;`
    Semi,
    /// `+`
    Plus,
    /// `-`
    Minus,
    /// `*`
    Star,
    /// `/`
    Slash,
    /// `|`
    Vbar,
    /// `&`
    Amper,
    /// `<`
    Less,
    /// `>`
    Greater,
    /// `=`
    Equal,
    /// `.`
    Dot,
    /// `%`
    Percent,
    /// `{`
    Lbrace,
    /// `}`
    Rbrace,
    /// `==`
    EqEqual,
    /// `!=`
    NotEqual,
    /// `<=`
    LessEqual,
    /// `>=`
    GreaterEqual,
    /// `~`
    Tilde,
    /// `^`
    Circumflex,
    /// `<<`
    LeftShift,
    /// `>>`
    RightShift,
    /// `**`
    DoubleStar,
    /// `+=`
    PlusEqual,
    /// `-=`
    MinEqual,
    /// `*=`
    StarEqual,
    /// `/=`
    SlashEqual,
    /// `%=`
    PercentEqual,
    /// `&=`
    AmperEqual,
    /// `|=`
    VbarEqual,
    /// `^=`
    CircumflexEqual,
    /// `<<=`
    LeftShiftEqual,
    /// `>>=`
    RightShiftEqual,
    /// `**=`
    DoubleStarEqual,
    /// `//`
    DoubleSlash,
    /// `//=`
    DoubleSlashEqual,
    /// `@`
    At,
    /// `@=`
    AtEqual,
    /// `->`
    Rarrow,
    /// `...`
    Ellipsis,
    /// `:=`
    ColonEqual,
    /// A character that starts no token; the lexer also records an error
    /// where CPython's compiler would reject it.
    ErrorToken,
    /// A comment, from `#` to the end of the line.
    Comment,
    /// A line break that does not end a logical line (blank lines, comment
    /// lines, and breaks inside brackets).
    Nl,
    /// The source encoding; always first when lexing bytes, with an empty span.
    Encoding,
}

use TokenKind::*;

/// Every operator with its text, longest first among those sharing a prefix.
const OPERATORS: [(TokenKind, &str); 47] = [
    (Lpar, "("),
    (Rpar, ")"),
    (Lsqb, "["),
    (Rsqb, "]"),
    (Colon, ":"),
    (Comma, ","),
    (Semi, ";"),
    (Plus, "+"),
    (Minus, "-"),
    (Star, "*"),
    (Slash, "/"),
    (Vbar, "|"),
    (Amper, "&"),
    (Less, "<"),
    (Greater, ">"),
    (Equal, "="),
    (Dot, "."),
    (Percent, "%"),
    (Lbrace, "{"),
    (Rbrace, "}"),
    (EqEqual, "=="),
    (NotEqual, "!="),
    (LessEqual, "<="),
    (GreaterEqual, ">="),
    (Tilde, "~"),
    (Circumflex, "^"),
    (LeftShift, "<<"),
    (RightShift, ">>"),
    (DoubleStar, "**"),
    (PlusEqual, "+="),
    (MinEqual, "-="),
    (StarEqual, "*="),
    (SlashEqual, "/="),
    (PercentEqual, "%="),
    (AmperEqual, "&="),
    (VbarEqual, "|="),
    (CircumflexEqual, "^="),
    (LeftShiftEqual, "<<="),
    (RightShiftEqual, ">>="),
    (DoubleStarEqual, "**="),
    (DoubleSlash, "//"),
    (DoubleSlashEqual, "//="),
    (At, "@"),
    (AtEqual, "@="),
    (Rarrow, "->"),
    (Ellipsis, "..."),
    (ColonEqual, ":="),
];

impl TokenKind {
    /// Whether this is an operator or delimiter (`OP` in `tokenize`).
    pub fn is_operator(self) -> bool {
        self.operator_text().is_some()
    }

    /// The fixed text of an operator kind.
    pub fn operator_text(self) -> Option<&'static str> {
        OPERATORS
            .iter()
            .find(|(kind, _)| *kind == self)
            .map(|(_, text)| *text)
    }

    /// The operator kind spelled `text`, as `token.EXACT_TOKEN_TYPES` maps it.
    pub fn from_operator(text: &str) -> Option<TokenKind> {
        OPERATORS
            .iter()
            .find(|(_, t)| *t == text)
            .map(|(kind, _)| *kind)
    }

    /// The name `tokenize` prints: `OP` for every operator.
    pub fn name(self) -> &'static str {
        if self.is_operator() {
            "OP"
        } else {
            self.exact_name()
        }
    }

    /// The name `tokenize -e` prints: the exact type for operators.
    pub fn exact_name(self) -> &'static str {
        match self {
            EndMarker => "ENDMARKER",
            Name => "NAME",
            Number => "NUMBER",
            String => "STRING",
            Newline => "NEWLINE",
            Indent => "INDENT",
            Dedent => "DEDENT",
            Lpar => "LPAR",
            Rpar => "RPAR",
            Lsqb => "LSQB",
            Rsqb => "RSQB",
            Colon => "COLON",
            Comma => "COMMA",
            Semi => "SEMI",
            Plus => "PLUS",
            Minus => "MINUS",
            Star => "STAR",
            Slash => "SLASH",
            Vbar => "VBAR",
            Amper => "AMPER",
            Less => "LESS",
            Greater => "GREATER",
            Equal => "EQUAL",
            Dot => "DOT",
            Percent => "PERCENT",
            Lbrace => "LBRACE",
            Rbrace => "RBRACE",
            EqEqual => "EQEQUAL",
            NotEqual => "NOTEQUAL",
            LessEqual => "LESSEQUAL",
            GreaterEqual => "GREATEREQUAL",
            Tilde => "TILDE",
            Circumflex => "CIRCUMFLEX",
            LeftShift => "LEFTSHIFT",
            RightShift => "RIGHTSHIFT",
            DoubleStar => "DOUBLESTAR",
            PlusEqual => "PLUSEQUAL",
            MinEqual => "MINEQUAL",
            StarEqual => "STAREQUAL",
            SlashEqual => "SLASHEQUAL",
            PercentEqual => "PERCENTEQUAL",
            AmperEqual => "AMPEREQUAL",
            VbarEqual => "VBAREQUAL",
            CircumflexEqual => "CIRCUMFLEXEQUAL",
            LeftShiftEqual => "LEFTSHIFTEQUAL",
            RightShiftEqual => "RIGHTSHIFTEQUAL",
            DoubleStarEqual => "DOUBLESTAREQUAL",
            DoubleSlash => "DOUBLESLASH",
            DoubleSlashEqual => "DOUBLESLASHEQUAL",
            At => "AT",
            AtEqual => "ATEQUAL",
            Rarrow => "RARROW",
            Ellipsis => "ELLIPSIS",
            ColonEqual => "COLONEQUAL",
            ErrorToken => "ERRORTOKEN",
            Comment => "COMMENT",
            Nl => "NL",
            Encoding => "ENCODING",
        }
    }

    /// Whether the parser ignores this kind (comments and non-logical line breaks).
    pub fn is_trivia(self) -> bool {
        matches!(self, Comment | Nl | Encoding)
    }
}

/// The longest operator starting at `bytes[0]`, with its length in bytes.
///
/// Mirrors `tokenize`'s `Special` pattern: `<>` is not an operator there, so
/// it lexes as `<` then `>` (the lexer records the error separately).
#[inline]
pub(crate) fn match_operator(bytes: &[u8]) -> Option<(TokenKind, usize)> {
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let (one, eq) = match at(0) {
        b'(' => return Some((Lpar, 1)),
        b')' => return Some((Rpar, 1)),
        b'[' => return Some((Lsqb, 1)),
        b']' => return Some((Rsqb, 1)),
        b'{' => return Some((Lbrace, 1)),
        b'}' => return Some((Rbrace, 1)),
        b',' => return Some((Comma, 1)),
        b';' => return Some((Semi, 1)),
        b'~' => return Some((Tilde, 1)),
        b'.' if at(1) == b'.' && at(2) == b'.' => return Some((Ellipsis, 3)),
        b'.' => return Some((Dot, 1)),
        b'-' if at(1) == b'>' => return Some((Rarrow, 2)),
        b'!' if at(1) == b'=' => return Some((NotEqual, 2)),
        b'*' if at(1) == b'*' => return Some(with_eq(at(2), DoubleStar, DoubleStarEqual, 2)),
        b'/' if at(1) == b'/' => return Some(with_eq(at(2), DoubleSlash, DoubleSlashEqual, 2)),
        b'<' if at(1) == b'<' => return Some(with_eq(at(2), LeftShift, LeftShiftEqual, 2)),
        b'>' if at(1) == b'>' => return Some(with_eq(at(2), RightShift, RightShiftEqual, 2)),
        b':' => (Colon, ColonEqual),
        b'+' => (Plus, PlusEqual),
        b'-' => (Minus, MinEqual),
        b'*' => (Star, StarEqual),
        b'/' => (Slash, SlashEqual),
        b'|' => (Vbar, VbarEqual),
        b'&' => (Amper, AmperEqual),
        b'<' => (Less, LessEqual),
        b'>' => (Greater, GreaterEqual),
        b'=' => (Equal, EqEqual),
        b'%' => (Percent, PercentEqual),
        b'^' => (Circumflex, CircumflexEqual),
        b'@' => (At, AtEqual),
        _ => return None,
    };
    Some(with_eq(at(1), one, eq, 1))
}

fn with_eq(next: u8, plain: TokenKind, with_equal: TokenKind, len: usize) -> (TokenKind, usize) {
    if next == b'=' {
        (with_equal, len + 1)
    } else {
        (plain, len)
    }
}

/// One token: its kind and the bytes of source it covers.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Where it is. Empty for `DEDENT`, `ENDMARKER`, `ENCODING` and the
    /// implicit `NEWLINE` added at the end of a file without a final line break.
    pub span: Span,
}

impl Token {
    /// The token's text in `source`.
    pub fn text(self, source: &str) -> &str {
        source.get(self.span.range()).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operator_round_trips() {
        for (kind, text) in OPERATORS {
            assert_eq!(
                match_operator(text.as_bytes()),
                Some((kind, text.len())),
                "{text}"
            );
            assert_eq!(TokenKind::from_operator(text), Some(kind));
            assert_eq!(kind.name(), "OP");
        }
    }

    #[test]
    fn not_equal_spelled_less_greater_is_two_operators() {
        assert_eq!(match_operator(b"<>"), Some((Less, 1)));
        assert_eq!(match_operator(b".."), Some((Dot, 1)));
        assert_eq!(match_operator(b"!"), None);
    }
}
