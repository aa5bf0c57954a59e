//! The grammar's view of the tokens: a position in the token stream and
//! the parse context, read by plain functions.
//!
//! Every rule, from statements down to atoms, is a plain recursive-descent
//! function over a [`Reader`] rather than a combinator; [`rule`] wraps one
//! as a chumsky rule for the entry points. The functions keep the
//! combinators' observable behaviour exactly ([`separated_by`],
//! [`repeated`] and [`first_of`] read as chumsky's namesakes do): they try
//! the same alternatives in the same order, and note each token they try
//! to match ([`Reader::fetch`]), since CPython reports "invalid syntax" at
//! the last token it fetched (see [`Ctx::furthest`]).

use chumsky::input::InputRef;
use chumsky::prelude::*;
use pyvm_ast::{Expr, Identifier};
use pyvm_source::Span;

use crate::context::{Ctx, Extra, In, NoMatch, Rule, MAX_DEPTH};
use crate::error::{ParseError, ParseErrorKind};
use crate::fold_sites::begins_fold;
use crate::tokens::Tok;

/// What a failed rule returns: where and why comes from the context.
pub(crate) type Parsed<T> = Result<T, NoMatch>;

/// A position in the token stream, with the parse context.
pub(crate) struct Reader<'c, 't> {
    pub toks: &'t [Tok],
    pub spans: &'t [Span],
    pub source: &'t str,
    /// The index of the next token.
    pub pos: usize,
    pub ctx: &'c mut Ctx<'t>,
    /// Whether a rule matched but marked the parse invalid (chumsky's
    /// `validate` emitting an error): the parse goes on, and fails at the
    /// end unless backtracking drops the rule's result.
    invalid: bool,
}

/// Where to backtrack to.
#[derive(Clone, Copy)]
pub(crate) struct Mark {
    pos: usize,
    invalid: bool,
}

impl Mark {
    /// The token index marked.
    pub fn pos(self) -> usize {
        self.pos
    }
}

impl<'c, 't> Reader<'c, 't> {
    pub fn new(ctx: &'c mut Ctx<'t>, pos: usize) -> Reader<'c, 't> {
        Reader {
            toks: ctx.toks,
            spans: ctx.spans,
            source: ctx.source,
            pos,
            ctx,
            invalid: false,
        }
    }

    /// The next token, without fetching it. Past the end (which no rule
    /// reaches, as no rule consumes the end marker) it is the end marker.
    #[inline]
    pub fn peek(&self) -> Tok {
        self.toks.get(self.pos).copied().unwrap_or(Tok::EndMarker)
    }

    /// The token after the next one.
    #[inline]
    pub fn peek_second(&self) -> Tok {
        self.toks
            .get(self.pos + 1)
            .copied()
            .unwrap_or(Tok::EndMarker)
    }

    #[inline]
    pub fn at(&self, tok: Tok) -> bool {
        self.peek() == tok
    }

    /// Consumes the next token.
    #[inline]
    pub fn bump(&mut self) {
        self.pos += 1;
    }

    /// Notes that the parser looked at the next token to match it.
    #[inline]
    pub fn fetch(&mut self) {
        if self.pos > self.ctx.furthest {
            self.ctx.furthest = self.pos;
        }
    }

    /// Fetches the next token and consumes it if it is `tok`.
    #[inline]
    pub fn eat(&mut self, tok: Tok) -> bool {
        self.fetch();
        if self.peek() == tok {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Fetches the next token, which must be `tok`.
    #[inline]
    pub fn expect(&mut self, tok: Tok) -> Parsed<()> {
        if self.eat(tok) {
            Ok(())
        } else {
            Err(NoMatch::default())
        }
    }

    #[inline]
    pub fn mark(&self) -> Mark {
        Mark {
            pos: self.pos,
            invalid: self.invalid,
        }
    }

    /// Backtracks to `mark`, dropping what was read since.
    #[inline]
    pub fn reset(&mut self, mark: Mark) {
        self.pos = mark.pos;
        self.invalid = mark.invalid;
    }

    /// Marks the parse invalid unless backtracking drops what is being read.
    pub fn invalidate(&mut self) {
        self.invalid = true;
    }

    /// The byte span of the tokens from index `start` to the position.
    /// The plain functions never consume a NEWLINE, INDENT or DEDENT
    /// before building a node, so there are none to leave out at its end
    /// (as `Ctx::byte_span` does for statements).
    #[inline]
    pub fn span_from(&self, start: usize) -> Span {
        if self.pos <= start {
            return self.ctx.byte_span(SimpleSpan::from(start..self.pos));
        }
        debug_assert!(!matches!(
            self.toks[self.pos - 1],
            Tok::Newline | Tok::Indent | Tok::Dedent
        ));
        Span::new(self.spans[start].start, self.spans[self.pos - 1].end)
    }

    /// The byte span of the tokens from index `start` to the position,
    /// leaving out the NEWLINE, INDENT and DEDENT tokens at its end (see
    /// `Ctx::byte_span`): the span of a statement that ends with a block.
    #[inline]
    pub fn trimmed_span_from(&self, start: usize) -> Span {
        self.ctx.byte_span(SimpleSpan::from(start..self.pos))
    }

    /// Fetches the next token and tells whether it is one of `toks`,
    /// consuming nothing: a lookahead.
    #[inline]
    pub fn sees(&mut self, toks: &[Tok]) -> bool {
        self.fetch();
        toks.contains(&self.peek())
    }

    /// The text of token `index`.
    #[inline]
    pub fn text(&self, index: usize) -> &'t str {
        &self.source[self.spans[index].range()]
    }

    /// The name token `index` as the AST holds it: NFKC-normalised.
    #[inline]
    pub fn identifier(&self, index: usize) -> Identifier {
        let text = self.text(index);
        // Most names are ASCII, which normalisation leaves as they are;
        // most files have no other.
        if self.ctx.names_ascii || text.is_ascii() {
            Identifier::new(text)
        } else {
            normalized(text)
        }
    }

    /// `node`, just built, as an expression; noted if constant folding
    /// may begin there (see `fold_sites`).
    #[inline]
    pub fn built(&mut self, node: impl Into<Expr>) -> Expr {
        let expr = node.into();
        if begins_fold(&expr) {
            self.note_fold_site(expr.span().start);
        }
        expr
    }

    /// Notes that constant folding may begin at the node starting at `at`.
    pub fn note_fold_site(&mut self, at: u32) {
        self.ctx.fold_sites.push(at);
    }

    /// The span of the next token (empty at the end of the source).
    pub fn next_token_full_span(&self) -> Span {
        self.spans
            .get(self.pos)
            .copied()
            .unwrap_or_else(|| Span::empty(self.source.len() as u32))
    }

    /// An empty span at the start of the next token: where CPython
    /// reports errors raised while building a node that ends here.
    pub fn next_token_span(&self) -> Span {
        let at = self
            .spans
            .get(self.pos)
            .map_or(self.source.len() as u32, |s| s.start);
        Span::empty(at)
    }

    /// Records an error raised while building a node, which ends the parse
    /// (the first one recorded is reported), and fails the rule.
    pub fn fail<T>(&mut self, kind: ParseErrorKind, span: Span) -> Parsed<T> {
        self.ctx.record(ParseError { kind, span });
        Err(NoMatch::default())
    }

    /// Fails with [`ParseErrorKind::TooDeep`] if nesting `levels` deeper
    /// than now would pass [`MAX_DEPTH`]; fails at once if an error was
    /// recorded (it ends the parse: no use trying every alternative on the
    /// way out).
    #[inline]
    pub fn check_depth(&mut self, levels: usize) -> Parsed<()> {
        if self.ctx.error.is_none() && self.ctx.depth + levels <= MAX_DEPTH {
            return Ok(());
        }
        self.too_deep()
    }

    /// The failure of [`Reader::check_depth`].
    #[cold]
    #[inline(never)]
    fn too_deep(&mut self) -> Parsed<()> {
        if self.ctx.error.is_some() {
            return Err(NoMatch::default());
        }
        let span = self.ctx.byte_span(SimpleSpan::from(self.pos..self.pos + 1));
        self.fail(ParseErrorKind::TooDeep, span)
    }

    /// Runs `parse` `levels` deeper, failing with [`ParseErrorKind::TooDeep`]
    /// past [`MAX_DEPTH`], on the stack as it is: for a level that always
    /// returns to a [`Reader::nested`] one before recursing.
    #[inline]
    pub fn deeper<O>(
        &mut self,
        levels: usize,
        parse: impl FnOnce(&mut Self) -> Parsed<O>,
    ) -> Parsed<O> {
        self.check_depth(levels)?;
        self.ctx.depth += levels;
        let result = parse(self);
        self.ctx.depth -= levels;
        result
    }

    /// Runs `parse` `levels` deeper, on a stack grown when needed, failing
    /// with [`ParseErrorKind::TooDeep`] past [`MAX_DEPTH`].
    #[inline]
    pub fn nested<O>(
        &mut self,
        levels: usize,
        parse: impl FnOnce(&mut Self) -> Parsed<O>,
    ) -> Parsed<O> {
        self.check_depth(levels)?;
        self.ctx.depth += levels;
        let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || parse(self));
        self.ctx.depth -= levels;
        result
    }
}

/// `item (separator item)*`, read as chumsky's `separated_by` reads it:
/// at least `at_least` items (0 or 1); a separator after the last item is
/// consumed only if `allow_trailing`.
pub(crate) fn separated_by<T>(
    r: &mut Reader<'_, '_>,
    separator: Tok,
    at_least: usize,
    allow_trailing: bool,
    mut item: impl FnMut(&mut Reader<'_, '_>) -> Parsed<T>,
) -> Parsed<Vec<T>> {
    debug_assert!(at_least <= 1, "no rule asks for more");
    let before_item = r.mark();
    let first = match item(r) {
        Ok(first) => first,
        Err(_) if at_least == 0 => {
            r.reset(before_item);
            return Ok(Vec::new());
        }
        Err(no_match) => return Err(no_match),
    };
    let mut items = vec![first];
    loop {
        let before_separator = r.mark();
        if !r.eat(separator) {
            r.reset(before_separator);
            return Ok(items);
        }
        let before_item = r.mark();
        match item(r) {
            Ok(next) => items.push(next),
            Err(_) => {
                r.reset(if allow_trailing {
                    before_item
                } else {
                    before_separator
                });
                return Ok(items);
            }
        }
    }
}

/// `item*` (`item+` when `at_least` is 1), as chumsky's `repeated` reads
/// it: items until one fails, which reads nothing.
pub(crate) fn repeated<T>(
    r: &mut Reader<'_, '_>,
    at_least: usize,
    mut item: impl FnMut(&mut Reader<'_, '_>) -> Parsed<T>,
) -> Parsed<Vec<T>> {
    let mut items = Vec::new();
    loop {
        let before = r.mark();
        match item(r) {
            Ok(next) => items.push(next),
            Err(_) => {
                r.reset(before);
                break;
            }
        }
    }
    if items.len() < at_least {
        return Err(NoMatch::default());
    }
    Ok(items)
}

/// The first of `alternatives` that matches, each tried from here in
/// turn, as chumsky's `choice` tries them.
pub(crate) fn first_of<T>(
    r: &mut Reader<'_, '_>,
    alternatives: &[fn(&mut Reader<'_, '_>) -> Parsed<T>],
) -> Parsed<T> {
    let before = r.mark();
    for alternative in alternatives {
        match alternative(r) {
            Ok(value) => return Ok(value),
            Err(_) => r.reset(before),
        }
    }
    Err(NoMatch::default())
}

/// A rule of the chumsky grammar that runs the plain function `parse` at
/// the cursor.
pub(crate) fn rule<'t, O: 't>(parse: for<'c> fn(&mut Reader<'c, 't>) -> Parsed<O>) -> Rule<'t, O> {
    custom(move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| read(inp, parse)).boxed()
}

/// Runs the plain function `parse` at the cursor of a chumsky rule, and
/// moves the cursor past what it read.
pub(crate) fn read<'t, O>(
    inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>,
    parse: impl FnOnce(&mut Reader<'_, 't>) -> Parsed<O>,
) -> Parsed<O> {
    let start = *inp.cursor().inner();
    let mut reader = Reader::new(inp.state(), start);
    let output = parse(&mut reader)?;
    let (end, invalid) = (reader.pos, reader.invalid);
    for _ in start..end {
        inp.skip();
    }
    if invalid {
        inp.emit(NoMatch::default());
    }
    Ok(output)
}

/// A name with characters other than ASCII, NFKC-normalised. Out of line:
/// rare, and inlined it would make every [`Reader::identifier`] save the
/// registers and reserve the stack normalisation needs.
#[cold]
#[inline(never)]
fn normalized(text: &str) -> Identifier {
    pyvm_lexer::normalize_identifier(text).into()
}
