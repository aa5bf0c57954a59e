//! Scratch stacks for the lists of nodes being read.
//!
//! A list of expressions or statements is gathered on a stack of the
//! parse context, above the elements of the lists read around it, then
//! moved into a vector of its exact size: no vector grows by doubling
//! (a copy of every node each time), and none keeps room it never uses.

use pyvm_ast::{Expr, Stmt};

use crate::context::Ctx;
use crate::reader::Reader;

/// The stacks, one per kind of node.
#[derive(Default)]
pub(crate) struct Scratch {
    exprs: Vec<Expr>,
    stmts: Vec<Stmt>,
}

/// A kind of node gathered on a scratch stack.
pub(crate) trait Gathered: Sized {
    /// The stack of this kind of node.
    fn stack<'a>(ctx: &'a mut Ctx<'_>) -> &'a mut Vec<Self>;
}

impl Gathered for Expr {
    fn stack<'a>(ctx: &'a mut Ctx<'_>) -> &'a mut Vec<Expr> {
        &mut ctx.scratch.exprs
    }
}

impl Gathered for Stmt {
    fn stack<'a>(ctx: &'a mut Ctx<'_>) -> &'a mut Vec<Stmt> {
        &mut ctx.scratch.stmts
    }
}

impl Reader<'_, '_> {
    /// Reads a list with `read`, which adds its elements with
    /// [`Reader::gather`], and gives them as a vector of their exact size
    /// (or `read`'s error: a rule's [`NoMatch`](crate::context::NoMatch),
    /// or `Infallible` for a list that may be empty). Either way, the
    /// stack is left as it was found.
    #[inline]
    pub fn gathering<T: Gathered, E>(
        &mut self,
        read: impl FnOnce(&mut Self) -> Result<(), E>,
    ) -> Result<Vec<T>, E> {
        let start = T::stack(self.ctx).len();
        let result = read(self);
        let stack = T::stack(self.ctx);
        match result {
            // One copy into a vector of the exact size.
            Ok(()) => Ok(stack.split_off(start)),
            Err(error) => {
                stack.truncate(start);
                Err(error)
            }
        }
    }

    /// Adds an element to the list being gathered.
    #[inline]
    pub fn gather<T: Gathered>(&mut self, element: T) {
        T::stack(self.ctx).push(element);
    }

    /// How many elements are on the stack of `T`: with
    /// [`Reader::ungather_to`], drops the elements of a failed attempt.
    #[inline]
    pub fn gathered<T: Gathered>(&mut self) -> usize {
        T::stack(self.ctx).len()
    }

    /// Drops the elements gathered since the stack had `len`.
    #[inline]
    pub fn ungather_to<T: Gathered>(&mut self, len: usize) {
        T::stack(self.ctx).truncate(len);
    }
}
