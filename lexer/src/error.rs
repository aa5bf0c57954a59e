//! Lexical errors, each with CPython 3.11's message.

use std::fmt;

use pyvm_source::{Diagnostic, Span};

/// A lexical error: what went wrong and where.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct LexError {
    /// What went wrong; its `Display` is CPython's message.
    pub kind: LexErrorKind,
    /// The offending source bytes (may be empty, at the position CPython reports).
    pub span: Span,
}

/// The Python exception class CPython raises for an error.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExceptionClass {
    /// `SyntaxError`
    SyntaxError,
    /// `IndentationError`
    IndentationError,
    /// `TabError`
    TabError,
}

impl ExceptionClass {
    /// The class name, as a traceback prints it.
    pub fn name(self) -> &'static str {
        match self {
            ExceptionClass::SyntaxError => "SyntaxError",
            ExceptionClass::IndentationError => "IndentationError",
            ExceptionClass::TabError => "TabError",
        }
    }
}

/// The base of a malformed number literal, as CPython's messages name it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NumberKind {
    /// `invalid decimal literal`
    Decimal,
    /// `invalid hexadecimal literal`
    Hexadecimal,
    /// `invalid octal literal`
    Octal,
    /// `invalid binary literal`
    Binary,
    /// `invalid imaginary literal`
    Imaginary,
}

impl NumberKind {
    fn word(self) -> &'static str {
        match self {
            NumberKind::Decimal => "decimal",
            NumberKind::Hexadecimal => "hexadecimal",
            NumberKind::Octal => "octal",
            NumberKind::Binary => "binary",
            NumberKind::Imaginary => "imaginary",
        }
    }
}

/// Every lexical error pyvm reports.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum LexErrorKind {
    /// A triple-quoted string runs to the end of the file. Fatal.
    UnterminatedTripleQuotedString {
        /// The last line of the file, where CPython notices.
        detected_at_line: u32,
    },
    /// A single-quoted string is not closed on its line.
    UnterminatedString {
        /// The line where the string was found unterminated.
        detected_at_line: u32,
    },
    /// A bracket is still open at the end of the file. Fatal.
    UnclosedBracket {
        /// The opening bracket.
        open: char,
    },
    /// A single-quoted string continued with backslashes runs to the end
    /// of the file. Fatal.
    EofInString {
        /// The last line of the file.
        detected_at_line: u32,
    },
    /// The file ends inside a statement: after a line-continuation
    /// backslash, or after more closing than opening brackets. Fatal.
    UnexpectedEof,
    /// A dedent to a column no enclosing block uses. Fatal.
    DedentMismatch,
    /// Tabs and spaces mixed so that the indentation is ambiguous.
    InconsistentTabs,
    /// More than 100 nested indentation levels.
    TooDeepIndentation,
    /// A malformed number such as `1_`, `0x` or `1e`.
    InvalidNumber(NumberKind),
    /// A digit out of range, as in `0o8` or `0b2`.
    InvalidDigit {
        /// The bad digit.
        digit: char,
        /// `Octal` or `Binary`.
        base: NumberKind,
    },
    /// A decimal integer with leading zeros, such as `0777`.
    LeadingZeros,
    /// A backslash as the very last character of the input.
    BackslashAtEof,
    /// A backslash not at the end of its line.
    UnexpectedCharacterAfterContinuation,
    /// A printable character that cannot start a token, such as `€`.
    InvalidCharacter(char),
    /// A non-printable character that cannot start a token, such as U+00A0.
    InvalidNonPrintableCharacter(char),
    /// A NUL byte in the source.
    NullByte,
    /// A closing bracket with nothing open.
    UnmatchedBracket {
        /// The closing bracket.
        close: char,
    },
    /// A closing bracket that does not match the innermost open one.
    MismatchedBracket {
        /// The closing bracket.
        close: char,
        /// The innermost open bracket.
        open: char,
        /// The open bracket's line, when it differs from the closing one's.
        open_line: Option<u32>,
    },
    /// More than 200 brackets open at once.
    TooManyNestedBrackets,
    /// `<>`, which Python 3 spells `!=`.
    LessGreater,
}

impl LexErrorKind {
    /// Whether lexing stops here. These are exactly the errors Python's
    /// `tokenize` module also stops at; after the others the lexer goes on
    /// as `tokenize` does, so `pyvm tokens` can still print every token.
    pub fn is_fatal(&self) -> bool {
        matches!(
            self,
            LexErrorKind::UnterminatedTripleQuotedString { .. }
                | LexErrorKind::UnclosedBracket { .. }
                | LexErrorKind::EofInString { .. }
                | LexErrorKind::UnexpectedEof
                | LexErrorKind::DedentMismatch
        )
    }

    /// The exception CPython raises for this error.
    pub fn exception_class(&self) -> ExceptionClass {
        match self {
            LexErrorKind::DedentMismatch | LexErrorKind::TooDeepIndentation => {
                ExceptionClass::IndentationError
            }
            LexErrorKind::InconsistentTabs => ExceptionClass::TabError,
            _ => ExceptionClass::SyntaxError,
        }
    }
}

impl fmt::Display for LexErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LexErrorKind::UnterminatedTripleQuotedString { detected_at_line } => write!(
                f,
                "unterminated triple-quoted string literal (detected at line {detected_at_line})"
            ),
            LexErrorKind::UnterminatedString { detected_at_line }
            | LexErrorKind::EofInString { detected_at_line } => {
                write!(
                    f,
                    "unterminated string literal (detected at line {detected_at_line})"
                )
            }
            LexErrorKind::UnclosedBracket { open } => write!(f, "'{open}' was never closed"),
            LexErrorKind::UnexpectedEof | LexErrorKind::BackslashAtEof => {
                f.write_str("unexpected EOF while parsing")
            }
            LexErrorKind::DedentMismatch => {
                f.write_str("unindent does not match any outer indentation level")
            }
            LexErrorKind::InconsistentTabs => {
                f.write_str("inconsistent use of tabs and spaces in indentation")
            }
            LexErrorKind::TooDeepIndentation => f.write_str("too many levels of indentation"),
            LexErrorKind::InvalidNumber(kind) => write!(f, "invalid {} literal", kind.word()),
            LexErrorKind::InvalidDigit { digit, base } => {
                write!(f, "invalid digit '{digit}' in {} literal", base.word())
            }
            LexErrorKind::LeadingZeros => f.write_str(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
            ),
            LexErrorKind::UnexpectedCharacterAfterContinuation => {
                f.write_str("unexpected character after line continuation character")
            }
            LexErrorKind::InvalidCharacter(c) => {
                write!(f, "invalid character '{c}' (U+{:04X})", *c as u32)
            }
            LexErrorKind::InvalidNonPrintableCharacter(c) => {
                write!(f, "invalid non-printable character U+{:04X}", *c as u32)
            }
            LexErrorKind::NullByte => f.write_str("source code cannot contain null bytes"),
            LexErrorKind::UnmatchedBracket { close } => write!(f, "unmatched '{close}'"),
            LexErrorKind::MismatchedBracket {
                close,
                open,
                open_line: None,
            } => write!(
                f,
                "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
            ),
            LexErrorKind::MismatchedBracket {
                close,
                open,
                open_line: Some(line),
            } => write!(
                f,
                "closing parenthesis '{close}' does not match opening parenthesis '{open}' \
                 on line {line}"
            ),
            LexErrorKind::TooManyNestedBrackets => f.write_str("too many nested parentheses"),
            LexErrorKind::LessGreater => f.write_str("invalid syntax"),
        }
    }
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for LexError {}

impl LexError {
    /// The error as a diagnostic for the renderers of `pyvm-source`.
    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic::error(self.kind.to_string(), self.span)
    }
}
