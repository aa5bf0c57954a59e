//! What every grammar rule shares: the input and extra types, and the
//! parse context that maps token positions back to source text.

use chumsky::extra;
use chumsky::inspector::SimpleState;
use chumsky::prelude::*;
use pyvm_source::Span;

use crate::error::ParseError;
use crate::scratch::Scratch;
use crate::tokens::Tok;

/// The grammar's input: the token kinds.
pub(crate) type In<'t> = &'t [Tok];
/// Errors, state and context of every rule.
pub(crate) type Extra<'t> = extra::Full<NoMatch, SimpleState<Ctx<'t>>, ()>;

/// A rule's failure to match. It carries nothing: where a syntax error is
/// reported comes from [`Ctx::furthest`] (CPython reports at the last token
/// it fetched), so failed alternatives cost no error bookkeeping.
pub(crate) type NoMatch = chumsky::error::EmptyErr;
/// A type-erased rule, for recursion and for keeping compile times sane.
pub(crate) type Rule<'t, O> = Boxed<'t, 't, In<'t>, O, Extra<'t>>;

/// The source text and the byte span of each token, so rules can read a
/// token's text and give nodes byte spans; and the first error an action
/// raised (CPython raises some errors while building nodes, which end the
/// parse whatever else could have matched).
pub(crate) struct Ctx<'t> {
    pub source: &'t str,
    pub toks: &'t [Tok],
    pub spans: &'t [Span],
    /// Whether every name is all ASCII (see `TokenStream::names_ascii`).
    pub names_ascii: bool,
    pub error: Option<ParseError>,
    /// How deeply the expression being built is nested.
    pub depth: usize,
    /// The furthest token index an expression started at: tells whether
    /// the parser reached a lexical error before failing.
    pub furthest: usize,
    /// The errors of the f-string fields read so far, each with the span
    /// of its field's expression (some twice, when backtracking read a
    /// string again): reported only if the parse succeeds.
    pub field_errors: Vec<(Span, ParseError)>,
    /// Where the lists being read are gathered (see `scratch`).
    pub scratch: Scratch,
    /// The start of every node built where constant folding may begin
    /// (see `fold_sites`), in the order they were built.
    pub fold_sites: Vec<u32>,
}

/// The deepest expression nesting accepted. CPython 3.11 fails beyond about
/// 2,990 levels ("maximum recursion depth exceeded during ast
/// construction"); bounding it here keeps every later walk of the tree
/// (dumps, the compiler, dropping it) within the stack.
pub(crate) const MAX_DEPTH: usize = 2985;

impl<'t> Ctx<'t> {
    /// Keeps the first error an action raised.
    pub fn record(&mut self, error: ParseError) {
        self.error.get_or_insert(error);
    }

    /// The byte span covered by the tokens `range` (token indices). As in
    /// CPython, a node ends at its last token that is not a NEWLINE,
    /// INDENT or DEDENT (a block's statement ends with its last statement).
    pub fn byte_span(&self, range: SimpleSpan<usize>) -> Span {
        let mut end = range.end;
        while end > range.start
            && matches!(self.toks[end - 1], Tok::Newline | Tok::Indent | Tok::Dedent)
        {
            end -= 1;
        }
        if end > range.start {
            let first = self.spans[range.start];
            let last = self.spans[end - 1];
            Span::new(first.start, last.end)
        } else {
            let at = self
                .spans
                .get(range.start)
                .map_or(self.source.len() as u32, |s| s.start);
            Span::empty(at)
        }
    }

    /// The text of token `index`.
    pub fn text(&self, index: usize) -> &'t str {
        let span = self.spans[index];
        &self.source[span.range()]
    }
}
