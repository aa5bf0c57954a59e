//! The second step of f-strings: parsing each replacement field's
//! expression, as CPython 3.11 does, by parsing `(` + expression + `)`
//! where the parentheses stand on the field's `{` and on the character
//! that ends the expression.

use pyvm_ast::Expr;
use pyvm_lexer::{tokenize, Token, TokenKind};
use pyvm_source::Span;

use crate::error::{ParseError, ParseErrorKind};
use crate::strings::is_field_placeholder;
use crate::tokens::TokenStream;

/// Parses the expressions of the fields of the f-string `atom` (a
/// placeholder each until then) and puts them in place, a field's own
/// fields included. A field that fails keeps its placeholder, and its
/// error goes to `errors` with the span of its expression: CPython parses
/// the fields only after the parse that found them, so their errors count
/// only if that parse succeeds, and the first field's in source order is
/// reported. Where folding may begin in the fields goes to `fold_sites`.
pub(crate) fn parse_fields(
    source: &str,
    atom: &mut Expr,
    errors: &mut Vec<(Span, ParseError)>,
    fold_sites: &mut Vec<u32>,
) {
    let Expr::JoinedStr(joined) = atom else {
        return;
    };
    for value in &mut joined.values {
        let Expr::FormattedValue(field) = value else {
            continue;
        };
        if is_field_placeholder(&field.value) {
            let span = field.value.span();
            match parse_field(source, span) {
                Ok(output) => {
                    *field.value = output.value;
                    errors.extend(output.field_errors);
                    fold_sites.extend(output.fold_sites);
                }
                Err(error) => errors.push((span, error)),
            }
        }
        if let Some(spec) = &mut field.format_spec {
            parse_fields(source, spec, errors, fold_sites);
        }
    }
}

/// The expression of the field at `expression`, with the errors of its own
/// fields.
fn parse_field(source: &str, expression: Span) -> Result<crate::Output<Expr>, ParseError> {
    let tokens = field_tokens(source, expression)?;
    let stream = TokenStream::new(source, &tokens);
    crate::parse_tokens(source, &stream, crate::field_rule()).map_err(|failure| ParseError {
        kind: match failure.error.kind {
            kind @ ParseErrorKind::InFString(_) => kind,
            kind => in_fstring(kind),
        },
        span: failure.error.span,
    })
}

fn in_fstring(kind: ParseErrorKind) -> ParseErrorKind {
    ParseErrorKind::InFString(Box::new(kind))
}

/// The tokens of the field whose expression is `expression` (between `{`
/// and the `!`, `:`, `=` or `}` that ends it), as `(expression)`, with
/// spans in the source.
fn field_tokens(source: &str, expression: Span) -> Result<Vec<Token>, ParseError> {
    let text = &source[expression.range()];
    let wrapped = format!("({text})");
    let lexed = tokenize(&wrapped);
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
    Ok(lexed
        .tokens
        .into_iter()
        .filter(|t| !matches!(t.kind, TokenKind::Newline | TokenKind::Nl))
        .map(|mut t| {
            t.span = Span::new(to_source(t.span.start), to_source(t.span.end));
            t
        })
        .collect())
}
