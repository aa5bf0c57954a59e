//! `primary`: an atom and its trailers (`.name`, `(arguments)`,
//! `[slices]`), as CPython's grammar defines them.
//!
//! Every operand of every expression goes through here, so the atom is
//! chosen by its first token and both are plain methods the operator loop
//! calls directly; only the less frequent forms (numbers, strings,
//! displays, the trailers' insides) are grammar rules.

use chumsky::input::InputRef;

use pyvm_ast::{Expr, ExprAttribute, ExprCall, ExprContext, ExprName, ExprSubscript};
use pyvm_lexer::TokenKind as K;

use crate::context::{Extra, In, NoMatch, Rule};
use crate::expr::{identifier, CallArgs};
use crate::tokens::{Kw, Tok};

type Input<'t, 'p> = InputRef<'t, 'p, In<'t>, Extra<'t>>;

/// The rules a primary is made of.
pub(crate) struct Primary<'t> {
    pub number: Rule<'t, Expr>,
    pub strings: Rule<'t, Expr>,
    pub keyword_constant: Rule<'t, Expr>,
    /// `(…)`: a group, tuple or generator expression.
    pub parenthesized: Rule<'t, Expr>,
    pub list: Rule<'t, Expr>,
    pub braces: Rule<'t, Expr>,
    pub ellipsis: Rule<'t, Expr>,
    /// `(arguments)` after a primary.
    pub call: Rule<'t, CallArgs>,
    /// `[slices]` after a primary.
    pub subscript: Rule<'t, Expr>,
}

impl<'t> Primary<'t> {
    /// `atom`, chosen by its first token.
    fn atom(&self, inp: &mut Input<'t, '_>) -> Result<Expr, NoMatch> {
        let start = inp.cursor();
        let index = inp.span_since(&start).start;
        let ctx = inp.state();
        ctx.furthest = ctx.furthest.max(index);
        match inp.peek() {
            Some(Tok::Name | Tok::Soft(_)) => {
                inp.skip();
                let range = inp.span_since(&start);
                let ctx = inp.state();
                let id = identifier(ctx.text(range.start));
                Ok(ExprName {
                    span: ctx.byte_span(range),
                    id,
                    ctx: ExprContext::Load,
                }
                .into())
            }
            Some(Tok::Number) => inp.parse(&self.number),
            Some(Tok::String) => inp.parse(&self.strings),
            Some(Tok::Kw(Kw::True | Kw::False | Kw::None)) => inp.parse(&self.keyword_constant),
            Some(Tok::Op(K::Lpar)) => inp.parse(&self.parenthesized),
            Some(Tok::Op(K::Lsqb)) => inp.parse(&self.list),
            Some(Tok::Op(K::Lbrace)) => inp.parse(&self.braces),
            Some(Tok::Op(K::Ellipsis)) => inp.parse(&self.ellipsis),
            _ => Err(NoMatch::default()),
        }
    }

    /// `primary`: an atom, then its trailers.
    pub fn parse(&self, inp: &mut Input<'t, '_>) -> Result<Expr, NoMatch> {
        let start = inp.cursor();
        let mut value = self.atom(inp)?;
        // Each trailer nests the tree one level (`a.b.c` is Attribute(Attribute(a)).
        let mut chain = 0;
        loop {
            chain += 1;
            crate::operators::check_depth(inp, chain)?;
            let before = inp.save();
            let node: Expr = match inp.peek() {
                Some(Tok::Op(K::Dot)) => {
                    inp.skip();
                    if !matches!(inp.peek(), Some(Tok::Name | Tok::Soft(_))) {
                        inp.rewind(before);
                        break;
                    }
                    let at = inp.cursor();
                    inp.skip();
                    let name_range = inp.span_since(&at);
                    let range = inp.span_since(&start);
                    let ctx = inp.state();
                    let attr = identifier(ctx.text(name_range.start));
                    ExprAttribute {
                        span: ctx.byte_span(range),
                        value: Box::new(value),
                        attr,
                        ctx: ExprContext::Load,
                    }
                    .into()
                }
                Some(Tok::Op(K::Lpar)) => {
                    let Ok(args) = inp.parse(&self.call) else {
                        inp.rewind(before);
                        break;
                    };
                    let mut positional = args.args;
                    if let Some(genexp_span) = args.genexp {
                        if let Some(Expr::GeneratorExp(g)) = positional.last_mut() {
                            g.span = genexp_span;
                        }
                    }
                    let range = inp.span_since(&start);
                    let span = inp.state().byte_span(range);
                    ExprCall {
                        span,
                        func: Box::new(value),
                        args: positional,
                        keywords: args.keywords,
                    }
                    .into()
                }
                Some(Tok::Op(K::Lsqb)) => {
                    let Ok(slice) = inp.parse(&self.subscript) else {
                        inp.rewind(before);
                        break;
                    };
                    let range = inp.span_since(&start);
                    let span = inp.state().byte_span(range);
                    ExprSubscript {
                        span,
                        value: Box::new(value),
                        slice: Box::new(slice),
                        ctx: ExprContext::Load,
                    }
                    .into()
                }
                _ => break,
            };
            value = node;
        }
        Ok(value)
    }
}
