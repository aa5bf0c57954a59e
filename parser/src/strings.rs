//! String atoms: adjacent literals concatenated, f-strings built into
//! `JoinedStr`/`FormattedValue` exactly as CPython 3.11 does.
//!
//! The expressions inside f-string fields are parsed once the string is
//! built (see `fstring_fields`); until then a field's value is a
//! placeholder name with an empty identifier whose span is the
//! expression's source.

use crate::context::NoMatch;
use pyvm_ast::{
    Constant, Conversion, Expr, ExprConstant, ExprContext, ExprFormattedValue, ExprJoinedStr,
    ExprName,
};
use pyvm_lexer::fstring::{split_fstring, FStringField, FStringPart};
use pyvm_lexer::string_literal::{plain_str_value, split_string_token, StringError, StringValue};
use pyvm_source::Span;

use crate::context::Ctx;
use crate::error::{ParseError, ParseErrorKind};
use crate::reader::{Parsed, Reader};
use crate::tokens::Tok;

/// `strings`: one or more adjacent STRING tokens.
pub(crate) fn strings(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    r.expect(Tok::String)?;
    while r.eat(Tok::String) {}
    let whole = r.span_from(start);
    let mut atom = concatenate(r.ctx, start..r.pos, whole).map_err(|mut error| {
        // CPython raises these while building the node, pointing at the
        // token after the strings (the last one it fetched).
        error.span = r.next_token_span();
        r.ctx.record(error);
        NoMatch::default()
    })?;
    crate::fstring_fields::parse_fields(
        r.source,
        &mut atom,
        &mut r.ctx.field_errors,
        &mut r.ctx.fold_sites,
    );
    Ok(atom)
}

/// Literal text gathered between fields.
#[derive(Default)]
struct Pending {
    text: String,
    /// Set once a lone surrogate arrives: the text as code points from then on.
    code_points: Option<Vec<u32>>,
}

impl Pending {
    fn push_str(&mut self, s: &str) {
        match &mut self.code_points {
            Some(points) => points.extend(s.chars().map(u32::from)),
            None => self.text.push_str(s),
        }
    }

    /// Appends `s`, kept as it is when nothing came before (a string made
    /// of one literal is not copied).
    fn push_string(&mut self, s: String) {
        if self.code_points.is_none() && self.text.is_empty() {
            self.text = s;
        } else {
            self.push_str(&s);
        }
    }

    fn push_code_points(&mut self, points: &[u32]) {
        let all = self
            .code_points
            .get_or_insert_with(|| self.text.chars().map(u32::from).collect());
        all.extend_from_slice(points);
    }

    fn is_empty(&self) -> bool {
        self.code_points
            .as_ref()
            .map_or(self.text.is_empty(), Vec::is_empty)
    }

    fn take(&mut self) -> Constant {
        match self.code_points.take() {
            Some(points) => {
                self.text.clear();
                Constant::StrWithSurrogates(points)
            }
            None => Constant::Str(std::mem::take(&mut self.text)),
        }
    }
}

/// Builds the values of one f-string (or format spec) level.
struct Builder {
    values: Vec<Expr>,
    pending: Pending,
    whole: Span,
    kind: Option<Box<str>>,
}

impl Builder {
    fn new(whole: Span, kind: Option<Box<str>>) -> Builder {
        Builder {
            values: Vec::new(),
            pending: Pending::default(),
            whole,
            kind,
        }
    }

    /// Turns the gathered literal text into a constant spanning `span`.
    fn flush(&mut self, span: Span) {
        if !self.pending.is_empty() {
            let value = self.pending.take();
            self.values.push(
                ExprConstant {
                    span,
                    value,
                    kind: self.kind.clone(),
                }
                .into(),
            );
        }
    }

    fn parts(&mut self, parts: Vec<FStringPart>, token: Span) {
        for part in parts {
            match part {
                FStringPart::Literal { value, .. } => self.pending.push_str(&value),
                FStringPart::LiteralWithSurrogates { value, .. } => {
                    self.pending.push_code_points(&value)
                }
                FStringPart::Field(field) => self.field(field, token),
            }
        }
    }

    fn field(&mut self, field: FStringField, token: Span) {
        if let Some(debug) = &field.debug_text {
            self.pending.push_str(debug);
        }
        self.flush(self.whole);
        let conversion = match field.conversion {
            Some('s') => Conversion::Str,
            Some('r') => Conversion::Repr,
            Some('a') => Conversion::Ascii,
            _ => Conversion::None,
        };
        // A format spec is a JoinedStr spanning the token it is in; its
        // parts span the whole concatenation, except the literal after its
        // last field, which spans the token (CPython 3.11's
        // `FstringParser_Finish(p, &state, t, t)`).
        let format_spec = field.format_spec.map(|parts| {
            let mut spec = Builder::new(self.whole, self.kind.clone());
            spec.parts(parts, token);
            spec.flush(token);
            Box::new(
                ExprJoinedStr {
                    span: token,
                    values: spec.values,
                }
                .into(),
            )
        });
        let placeholder = ExprName {
            span: field.expression,
            id: "".into(),
            ctx: ExprContext::Load,
        };
        self.values.push(
            ExprFormattedValue {
                span: self.whole,
                value: Box::new(placeholder.into()),
                conversion,
                format_spec,
            }
            .into(),
        );
    }
}

/// Concatenates the string tokens `tokens` (indices), spanning `whole`.
fn concatenate(
    ctx: &Ctx<'_>,
    tokens: std::ops::Range<usize>,
    whole: Span,
) -> Result<Expr, ParseError> {
    let first_text = ctx.text(tokens.start);
    if tokens.len() == 1 {
        if let Some(value) = plain_str_value(first_text) {
            // Most strings: one literal whose value is its body.
            return Ok(ExprConstant {
                span: whole,
                value: Constant::Str(value.to_owned()),
                kind: None,
            }
            .into());
        }
    }
    let mut first = split_string_token(first_text);
    let is_bytes = first.as_ref().is_some_and(|s| s.prefix.bytes);
    // CPython sets `kind='u'` only for a lowercase `u` prefix on the first string.
    let kind: Option<Box<str>> = first_text.starts_with('u').then(|| "u".into());
    if let (1, Some(literal)) = (tokens.len(), &first) {
        if !literal.prefix.format {
            // Most strings are one plain literal: its value as it is.
            let decoded = literal
                .decode(ctx.spans[tokens.start])
                .map_err(string_error)?;
            let (value, kind) = match decoded.value {
                StringValue::Str(s) => (Constant::Str(s), kind),
                StringValue::StrWithSurrogates(points) => {
                    (Constant::StrWithSurrogates(points), kind)
                }
                StringValue::Bytes(b) => (Constant::Bytes(b), None),
            };
            return Ok(ExprConstant {
                span: whole,
                value,
                kind,
            }
            .into());
        }
    }
    let mut builder = Builder::new(whole, kind.clone());
    let mut bytes = Vec::new();
    let mut is_fstring = false;
    for index in tokens {
        let text = ctx.text(index);
        let token = ctx.spans[index];
        let literal = match first.take() {
            Some(literal) => Some(literal),
            None => split_string_token(text),
        };
        let Some(literal) = literal else {
            return Err(ParseError {
                kind: ParseErrorKind::InvalidSyntax,
                span: token,
            });
        };
        if literal.prefix.bytes != is_bytes {
            return Err(ParseError {
                kind: ParseErrorKind::MixedBytes,
                span: whole,
            });
        }
        if literal.prefix.format {
            is_fstring = true;
            let split = split_fstring(text, token.start).map_err(|e| ParseError {
                kind: ParseErrorKind::String(e.error.kind.clone()),
                span: e.error.span,
            })?;
            builder.parts(split.parts, token);
            continue;
        }
        let decoded = literal.decode(token).map_err(string_error)?;
        match decoded.value {
            StringValue::Str(s) => builder.pending.push_string(s),
            StringValue::StrWithSurrogates(points) => builder.pending.push_code_points(&points),
            StringValue::Bytes(b) if bytes.is_empty() => bytes = b,
            StringValue::Bytes(b) => bytes.extend_from_slice(&b),
        }
    }
    if is_bytes {
        return Ok(ExprConstant {
            span: whole,
            value: Constant::Bytes(bytes),
            kind: None,
        }
        .into());
    }
    if !is_fstring {
        let value = builder.pending.take();
        return Ok(ExprConstant {
            span: whole,
            value,
            kind,
        }
        .into());
    }
    builder.flush(whole);
    Ok(ExprJoinedStr {
        span: whole,
        values: builder.values,
    }
    .into())
}

fn string_error(error: StringError) -> ParseError {
    ParseError {
        kind: ParseErrorKind::String(error.kind),
        span: error.span,
    }
}

/// Whether `expr` is a placeholder for an f-string field not parsed yet.
pub(crate) fn is_field_placeholder(expr: &Expr) -> bool {
    matches!(expr, Expr::Name(name) if name.id.is_empty())
}
