//! The second step of f-strings: parsing each replacement field's
//! expression, as CPython 3.11 does, by parsing `(` + expression + `)`
//! where the parentheses stand on the field's `{` and on the character
//! that ends the expression.

use std::collections::{BTreeSet, HashMap};

use pyvm_ast::{walk_expr_mut, Expr, ExprFormattedValue, Mod, Transformer};
use pyvm_lexer::{tokenize, Token, TokenKind};
use pyvm_source::Span;
use typed_arena::Arena;

use crate::error::{ParseError, ParseErrorKind};
use crate::strings::is_field_placeholder;
use crate::tokens::TokenStream;

/// Parses the f-string fields whose expressions are at `fields` (noted by
/// the main parse) and puts them in place of their placeholders in `tree`,
/// or gives the first error.
///
/// Fields are parsed in source order, a field's own fields (an f-string
/// inside its expression) right after it, as CPython parses them while
/// building each string; all with one grammar, which costs more to build
/// than most fields cost to parse.
pub(crate) fn parse_fields(
    source: &str,
    tree: &mut Mod,
    fields: Vec<Span>,
) -> Result<(), ParseError> {
    let streams = Arena::new();
    let rule = crate::field_rule();
    let mut pending: BTreeSet<(u32, u32)> = fields.iter().map(|s| (s.start, s.end)).collect();
    let mut parsed = HashMap::new();
    while let Some((start, end)) = pending.pop_first() {
        let tokens = field_tokens(source, Span::new(start, end))?;
        let stream: &TokenStream = streams.alloc(TokenStream::new(source, &tokens));
        let (expr, nested) = crate::parse_tokens(source, &stream.toks, &stream.spans, rule.clone())
            .map_err(|failure| ParseError {
                kind: match failure.error.kind {
                    kind @ ParseErrorKind::InFString(_) => kind,
                    kind => in_fstring(kind),
                },
                span: failure.error.span,
            })?;
        pending.extend(nested.iter().map(|s| (s.start, s.end)));
        parsed.insert((start, end), expr);
    }
    FieldWalk { parsed }.visit_mod(tree);
    Ok(())
}

/// Puts parsed field expressions in place of their placeholders.
struct FieldWalk {
    parsed: HashMap<(u32, u32), Expr>,
}

impl Transformer for FieldWalk {
    fn visit_expr(&mut self, expr: &mut Expr) {
        if let Expr::FormattedValue(ExprFormattedValue { value, .. }) = expr {
            if is_field_placeholder(value) {
                let at = value.span();
                if let Some(field) = self.parsed.remove(&(at.start, at.end)) {
                    **value = field;
                }
            }
        }
        // Into the new expression too: it may hold fields of its own.
        // Trees may be nested up to the parser's depth limit.
        stacker::maybe_grow(32 * 1024, 1024 * 1024, || walk_expr_mut(self, expr));
    }
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
