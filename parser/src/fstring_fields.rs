//! The second step of f-strings: parsing each replacement field's
//! expression, as CPython 3.11 does, by parsing `(` + expression + `)`
//! where the parentheses stand on the field's `{` and on the character
//! that ends the expression.

use pyvm_ast::{walk_expr_mut, Expr, ExprFormattedValue, Transformer};
use pyvm_lexer::{tokenize, TokenKind};
use pyvm_source::Span;

use crate::error::{ParseError, ParseErrorKind};
use crate::strings::is_field_placeholder;
use crate::tokens::TokenStream;

/// Replaces every field placeholder in a tree by its parsed expression;
/// keeps the first error.
pub(crate) struct FieldParser<'a> {
    pub source: &'a str,
    pub error: Option<ParseError>,
}

impl Transformer for FieldParser<'_> {
    fn visit_expr(&mut self, expr: &mut Expr) {
        if let Expr::FormattedValue(ExprFormattedValue { value, .. }) = expr {
            if is_field_placeholder(value) && self.error.is_none() {
                match parse_field(self.source, value.span()) {
                    Ok(parsed) => **value = parsed,
                    Err(error) => self.error = Some(error),
                }
            }
        }
        // Trees may be nested up to the parser's depth limit.
        stacker::maybe_grow(32 * 1024, 1024 * 1024, || walk_expr_mut(self, expr));
    }
}

/// The expression whose source is `expression` (between `{` and the
/// `!`, `:`, `=` or `}` that ends it).
fn parse_field(source: &str, expression: Span) -> Result<Expr, ParseError> {
    let text = &source[expression.range()];
    let wrapped = format!("({text})");
    let lexed = tokenize(&wrapped);
    let in_fstring = |kind: ParseErrorKind| ParseErrorKind::InFString(Box::new(kind));
    // Offsets in `wrapped` back to the source: the parentheses sit on the
    // `{` before the expression and on the character after it.
    let to_source = |offset: u32| -> u32 {
        if offset == 0 {
            expression.start - 1
        } else {
            expression.start + offset - 1
        }
    };
    if let Some(error) = lexed.errors.first() {
        let span = Span::new(to_source(error.span.start), to_source(error.span.end));
        return Err(ParseError {
            kind: in_fstring(ParseErrorKind::Lex(error.kind.clone())),
            span,
        });
    }
    let tokens: Vec<_> = lexed
        .tokens
        .into_iter()
        .filter(|t| !matches!(t.kind, TokenKind::Newline | TokenKind::Nl))
        .map(|mut t| {
            t.span = Span::new(to_source(t.span.start), to_source(t.span.end));
            t
        })
        .collect();
    let stream = TokenStream::new(source, &tokens);
    crate::parse_expression_tokens(source, &stream).map_err(|error| ParseError {
        kind: match error.kind {
            kind @ ParseErrorKind::InFString(_) => kind,
            kind => in_fstring(kind),
        },
        span: error.span,
    })
}
