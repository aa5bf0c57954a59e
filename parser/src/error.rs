//! Syntax errors, each with CPython 3.11's message.

use std::fmt;

use pyvm_lexer::string_literal::StringErrorKind;
use pyvm_lexer::{ExceptionClass, LexErrorKind};
use pyvm_source::{Diagnostic, Span};

/// A syntax error: what is wrong and where.
#[derive(Clone, PartialEq, Debug)]
pub struct ParseError {
    /// What is wrong; its `Display` is CPython's message.
    pub kind: ParseErrorKind,
    /// Where CPython points.
    pub span: Span,
}

/// Every syntax error the parser reports.
#[derive(Clone, PartialEq, Debug)]
pub enum ParseErrorKind {
    /// An error of the lexer.
    Lex(LexErrorKind),
    /// An error in a string or f-string literal.
    String(StringErrorKind),
    /// An error inside an f-string's replacement field expression, which
    /// CPython prefixes with `f-string: `.
    InFString(Box<ParseErrorKind>),
    /// `invalid syntax`
    InvalidSyntax,
    /// `positional argument follows keyword argument`
    PositionalAfterKeyword,
    /// `positional argument follows keyword argument unpacking`
    PositionalAfterKeywordUnpacking,
    /// `iterable argument unpacking follows keyword argument unpacking`
    IterableUnpackingAfterKeywordUnpacking,
    /// `cannot mix bytes and nonbytes literals`
    MixedBytes,
    /// `non-default argument follows default argument`
    NonDefaultAfterDefault,
    /// `named arguments must follow bare *`
    BareStar,
    /// `cannot assign to X` / `cannot delete X` and similar target errors.
    InvalidTarget {
        /// `assign to`, `delete`, …
        action: TargetAction,
        /// What the target is, as CPython names it (`literal`, `function call`, …).
        what: &'static str,
    },
    /// `Generator expression must be parenthesized`
    UnparenthesizedGenerator,
    /// `expected ':'`
    ExpectedColon,
    /// `expected an indented block after X on line N`
    ExpectedIndentedBlock {
        /// What the block belongs to (`'if' statement`, `function definition`, …).
        after: String,
        /// The line of that statement.
        line: u32,
    },
    /// `unexpected indent` (IndentationError)
    UnexpectedIndent,
    /// `unindent does not match any outer indentation level` and other
    /// indentation errors found by the parser.
    ExpectedIndent,
    /// `invalid syntax. Perhaps you forgot a comma?`
    MissingComma,
    /// `invalid syntax. Maybe you meant '==' or ':=' instead of '='?`
    EqualsInsteadOfComparison,
    /// `assignment to yield expression not possible`
    YieldTarget,
    /// `expected 'else' after 'if' expression`
    ExpectedElse,
    /// `Missing parentheses in call to 'print'. Did you mean print(...)?`
    MissingParentheses {
        /// `print` or `exec`.
        name: &'static str,
    },
    /// `trailing comma not allowed without surrounding parentheses`
    TrailingImportComma,
    /// `expected 'except' or 'finally' block`
    ExpectedExceptOrFinally,
    /// `cannot have both 'except' and 'except*' on the same 'try'`
    MixedExceptStar,
    /// `expected one or more exception types`: a bare `except*`.
    ExpectedExceptionTypes,
    /// `multiple exception types must be parenthesized`
    UnparenthesizedExceptionTypes,
    /// `cannot use '_' as a target`: `case x as _`.
    UnderscoreTarget,
    /// `invalid pattern target`: `case x as 5`.
    InvalidPatternTarget,
    /// `positional patterns follow keyword patterns`
    PositionalPatternAfterKeyword,
    /// `real number required in complex literal`
    RealRequired,
    /// `imaginary number required in complex literal`
    ImaginaryRequired,
    /// Expressions nested deeper than CPython's AST construction allows.
    TooDeep,
    /// `Exceeds the limit (4300 digits) for integer string conversion…`
    IntTooLong {
        /// How many digits the literal has.
        digits: usize,
    },
}

/// What a misplaced target was being used for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TargetAction {
    /// `cannot assign to`
    Assign,
    /// `cannot assign to X here. Maybe you meant '==' instead of '='?`
    AssignHere,
    /// `cannot delete`
    Delete,
    /// `'X' is an illegal expression for augmented assignment`
    AugmentedAssign,
    /// `only single target (not X) can be annotated`
    Annotate,
}

impl ParseErrorKind {
    /// The exception CPython raises.
    pub fn exception_class(&self) -> ExceptionClass {
        match self {
            ParseErrorKind::Lex(kind) => kind.exception_class(),
            ParseErrorKind::UnexpectedIndent
            | ParseErrorKind::ExpectedIndent
            | ParseErrorKind::ExpectedIndentedBlock { .. } => ExceptionClass::IndentationError,
            _ => ExceptionClass::SyntaxError,
        }
    }
}

impl fmt::Display for ParseErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseErrorKind::Lex(kind) => kind.fmt(f),
            ParseErrorKind::String(kind) => kind.fmt(f),
            ParseErrorKind::InFString(inner) => write!(f, "f-string: {inner}"),
            ParseErrorKind::InvalidSyntax => f.write_str("invalid syntax"),
            ParseErrorKind::PositionalAfterKeyword => {
                f.write_str("positional argument follows keyword argument")
            }
            ParseErrorKind::PositionalAfterKeywordUnpacking => {
                f.write_str("positional argument follows keyword argument unpacking")
            }
            ParseErrorKind::IterableUnpackingAfterKeywordUnpacking => {
                f.write_str("iterable argument unpacking follows keyword argument unpacking")
            }
            ParseErrorKind::MixedBytes => f.write_str("cannot mix bytes and nonbytes literals"),
            ParseErrorKind::NonDefaultAfterDefault => {
                f.write_str("non-default argument follows default argument")
            }
            ParseErrorKind::BareStar => f.write_str("named arguments must follow bare *"),
            ParseErrorKind::InvalidTarget { action, what } => match action {
                TargetAction::Assign => write!(f, "cannot assign to {what}"),
                TargetAction::AssignHere => {
                    write!(
                        f,
                        "cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                    )
                }
                TargetAction::Delete => write!(f, "cannot delete {what}"),
                TargetAction::AugmentedAssign => {
                    write!(
                        f,
                        "'{what}' is an illegal expression for augmented assignment"
                    )
                }
                TargetAction::Annotate => {
                    write!(f, "only single target (not {what}) can be annotated")
                }
            },
            ParseErrorKind::UnparenthesizedGenerator => {
                f.write_str("Generator expression must be parenthesized")
            }
            ParseErrorKind::ExpectedColon => f.write_str("expected ':'"),
            ParseErrorKind::ExpectedIndentedBlock { after, line } => {
                write!(f, "expected an indented block after {after} on line {line}")
            }
            ParseErrorKind::UnexpectedIndent => f.write_str("unexpected indent"),
            ParseErrorKind::ExpectedIndent => f.write_str("expected an indented block"),
            ParseErrorKind::MissingComma => {
                f.write_str("invalid syntax. Perhaps you forgot a comma?")
            }
            ParseErrorKind::EqualsInsteadOfComparison => {
                f.write_str("invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            }
            ParseErrorKind::MissingParentheses { name } => {
                write!(
                    f,
                    "Missing parentheses in call to '{name}'. Did you mean {name}(...)?"
                )
            }
            ParseErrorKind::YieldTarget => {
                f.write_str("assignment to yield expression not possible")
            }
            ParseErrorKind::ExpectedElse => f.write_str("expected 'else' after 'if' expression"),
            ParseErrorKind::TrailingImportComma => {
                f.write_str("trailing comma not allowed without surrounding parentheses")
            }
            ParseErrorKind::ExpectedExceptOrFinally => {
                f.write_str("expected 'except' or 'finally' block")
            }
            ParseErrorKind::MixedExceptStar => {
                f.write_str("cannot have both 'except' and 'except*' on the same 'try'")
            }
            ParseErrorKind::ExpectedExceptionTypes => {
                f.write_str("expected one or more exception types")
            }
            ParseErrorKind::UnparenthesizedExceptionTypes => {
                f.write_str("multiple exception types must be parenthesized")
            }
            ParseErrorKind::UnderscoreTarget => f.write_str("cannot use '_' as a target"),
            ParseErrorKind::InvalidPatternTarget => f.write_str("invalid pattern target"),
            ParseErrorKind::PositionalPatternAfterKeyword => {
                f.write_str("positional patterns follow keyword patterns")
            }
            ParseErrorKind::RealRequired => f.write_str("real number required in complex literal"),
            ParseErrorKind::ImaginaryRequired => {
                f.write_str("imaginary number required in complex literal")
            }
            ParseErrorKind::TooDeep => {
                f.write_str("maximum recursion depth exceeded during ast construction")
            }
            ParseErrorKind::IntTooLong { digits } => write!(
                f,
                "Exceeds the limit (4300 digits) for integer string conversion: value has \
                 {digits} digits; use sys.set_int_max_str_digits() to increase the limit - \
                 Consider hexadecimal for huge integer literals to avoid decimal conversion \
                 limits."
            ),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for ParseError {}

impl ParseError {
    /// The error as a diagnostic for the renderers of `pyvm-source`.
    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic::error(self.kind.to_string(), self.span)
    }
}
