//! The Python 3.11 parser of pyvm: source text to a `pyvm-ast` tree, built
//! with chumsky over the lexer's tokens.
//!
//! The grammar follows CPython's `Grammar/python.gram` rule by rule, and
//! nodes get CPython's positions (a node spans the tokens its rule
//! matched, up to its last token that is not a line break or dedent).
//! Syntax errors carry CPython's messages.
//!
//! ```
//! use pyvm_ast::{dump, DumpOptions, Mod};
//! use pyvm_source::SourceFile;
//!
//! let file = SourceFile::new("<unknown>", "x = 1\n");
//! let module = pyvm_parser::parse_module(file.text()).unwrap();
//! assert_eq!(
//!     dump(&Mod::Module(module), &file, &DumpOptions::default()),
//!     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"
//! );
//!
//! let error = pyvm_parser::parse_module("x = (1,\n").unwrap_err();
//! assert_eq!(error.to_string(), "'(' was never closed");
//! ```

mod arguments;
mod context;
mod diagnose;
mod displays;
mod error;
mod expr;
mod fold_sites;
mod fstring_fields;
mod number;
mod operators;
mod params;
mod pattern;
mod primary;
mod reader;
mod scratch;
mod simple_stmt;
mod stmt;
mod strings;
mod target;
mod tokens;

use chumsky::inspector::SimpleState;
use chumsky::prelude::*;

use pyvm_ast::{Expr, Mod, ModExpression, ModInteractive, ModModule};
use pyvm_source::Span;

pub use error::{ParseError, ParseErrorKind, TargetAction};
pub use fold_sites::FoldSites;

use context::{Ctx, Extra, In};
use scratch::Scratch;
use tokens::{Tok, TokenStream};

/// What the source is, as the `mode` argument of CPython's `compile()`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Mode {
    /// A module: a sequence of statements.
    #[default]
    Exec,
    /// A single expression.
    Eval,
    /// One interactive statement.
    Single,
}

/// Parses a module.
pub fn parse_module(source: &str) -> Result<ModModule, ParseError> {
    match parse(source, Mode::Exec)? {
        Mod::Module(module) => Ok(module),
        _ => unreachable!("exec mode gives a module"),
    }
}

/// Parses `source` as `mode` says.
pub fn parse(source: &str, mode: Mode) -> Result<Mod, ParseError> {
    parse_with_fold_sites(source, mode).map(|(tree, _)| tree)
}

/// Parses `source` as `mode` says; also gives where constant folding may
/// change the tree, for a compiler to fold only there.
pub fn parse_with_fold_sites(source: &str, mode: Mode) -> Result<(Mod, FoldSites), ParseError> {
    let (mut stream, lex_errors) = TokenStream::lex(source);
    // CPython's parser stops where its tokenizer fails: parse only the
    // tokens before the first lexical error (for errors found at the end of
    // the input, such as an unclosed bracket, all of them), and report that
    // error only if the parser got that far.
    let truncated_at = lex_errors.first();
    if let Some(error) = truncated_at {
        let (end, at) = if error.kind.is_fatal() {
            (stream.toks.len(), source.len() as u32)
        } else {
            let start = error.span.start;
            (stream.spans.partition_point(|s| s.start < start), start)
        };
        stream.truncate(end);
        stream.push(Tok::EndMarker, Span::empty(at));
    }
    let parsed = match mode {
        Mode::Exec => parse_tokens(source, &stream, module_rule()),
        Mode::Eval => parse_tokens(source, &stream, eval_rule()),
        Mode::Single => parse_tokens(source, &stream, interactive_rule()),
    };
    let output = match (parsed, truncated_at) {
        (Ok(_), Some(lex)) => return Err(lex_error(lex)),
        (Err(failure), Some(lex)) => {
            // The stand-in end marker is the parser's last token.
            let reached = failure.furthest + 1 >= stream.toks.len();
            return Err(if reached {
                lex_error(lex)
            } else {
                failure.error
            });
        }
        (Ok(output), None) => output,
        (Err(failure), None) => return Err(failure.error),
    };
    let first_field_error = output
        .field_errors
        .into_iter()
        .min_by_key(|(field, _)| (field.start, field.end));
    match first_field_error {
        Some((_, error)) => Err(error),
        None => Ok((output.value, FoldSites::new(output.fold_sites))),
    }
}

fn lex_error(error: &pyvm_lexer::LexError) -> ParseError {
    ParseError {
        kind: ParseErrorKind::Lex(error.kind.clone()),
        span: error.span,
    }
}

type TopRule<'t, O = Mod> = Boxed<'t, 't, In<'t>, O, Extra<'t>>;

fn module_rule<'t>() -> TopRule<'t> {
    reader::rule(stmt::statements)
        .or_not()
        .then_ignore(expr::tok(Tok::EndMarker))
        .map(|body| {
            Mod::Module(ModModule {
                body: body.unwrap_or_default(),
                type_ignores: Vec::new(),
            })
        })
        .boxed()
}

fn interactive_rule<'t>() -> TopRule<'t> {
    reader::rule(stmt::statement)
        .or_not()
        .then_ignore(expr::tok(Tok::Newline).repeated())
        .then_ignore(expr::tok(Tok::EndMarker))
        .map(|body| {
            Mod::Interactive(ModInteractive {
                body: body.unwrap_or_default(),
            })
        })
        .boxed()
}

fn eval_rule<'t>() -> TopRule<'t> {
    reader::rule(expr::star_expressions)
        .then_ignore(expr::tok(Tok::Newline).repeated())
        .then_ignore(expr::tok(Tok::EndMarker))
        .map(|body| {
            Mod::Expression(ModExpression {
                body: Box::new(body),
            })
        })
        .boxed()
}

/// The rule for the tokens of an f-string field, `(` expression `)`.
pub(crate) fn field_rule<'t>() -> TopRule<'t, Expr> {
    reader::rule(expr::star_expressions)
        .then_ignore(expr::tok(Tok::EndMarker))
        .boxed()
}

/// A failed parse: the error, and how far the parser got.
pub(crate) struct Failure {
    pub error: ParseError,
    /// The furthest token index an expression was attempted at.
    furthest: usize,
}

/// What a parse of tokens gives besides its value.
pub(crate) struct Output<O> {
    pub value: O,
    /// The errors of the f-string fields read (see `fstring_fields`).
    pub field_errors: Vec<(Span, ParseError)>,
    /// Where folding may begin (see `fold_sites`), unsorted.
    pub fold_sites: Vec<u32>,
}

/// Parses the tokens of `stream` with `rule`.
pub(crate) fn parse_tokens<'t, O>(
    source: &'t str,
    stream: &'t TokenStream,
    rule: TopRule<'t, O>,
) -> Result<Output<O>, Failure> {
    let (toks, spans) = (&stream.toks[..], &stream.spans[..]);
    let ctx = Ctx {
        source,
        toks,
        spans,
        names_ascii: stream.names_ascii,
        error: None,
        depth: 0,
        furthest: 0,
        field_errors: Vec::new(),
        scratch: Scratch::default(),
        fold_sites: Vec::new(),
    };
    let mut state = SimpleState(ctx);
    let (output, errors) = rule.parse_with_state(toks, &mut state).into_output_errors();
    let furthest = state.0.furthest;
    if let Some(error) = state.0.error.take() {
        return Err(Failure { error, furthest });
    }
    match output {
        Some(value) if errors.is_empty() => Ok(Output {
            value,
            field_errors: std::mem::take(&mut state.0.field_errors),
            fold_sites: std::mem::take(&mut state.0.fold_sites),
        }),
        _ => {
            // CPython reports at the last token it fetched.
            let error = diagnose::diagnose(source, toks, spans, furthest);
            Err(Failure { error, furthest })
        }
    }
}
