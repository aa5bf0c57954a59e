//! Where constant folding may change a tree, noted while it is built, so
//! that the folder (in the compiler) can pass over the statements it would
//! leave as they are: most of them.
//!
//! Folding rewrites a node only when its children are constants, or
//! become constants by folding; it starts at a node whose children are
//! constants as written (`-1`, `2 ** 10`, `(1, 2)`, `'abc'[0]`), at a
//! display that iteration or membership makes a tuple (`for x in [a, b]`,
//! `x in {1, 2}`), at `not` over a single `is` or `in` comparison, at
//! `'%s' % (x,)` and at `__debug__`. The parser notes the start of each
//! such node as it builds it; a statement holding none of them folds to
//! itself. A node built and then dropped by backtracking leaves a site
//! behind, which only costs the folder a look at a statement it could
//! have skipped.

use pyvm_ast::{CmpOp, Expr, ExprContext, Operator, UnaryOp};
use pyvm_source::Span;

/// The start offsets of the nodes where folding may begin, sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FoldSites {
    starts: Vec<u32>,
}

impl FoldSites {
    pub(crate) fn new(mut starts: Vec<u32>) -> FoldSites {
        starts.sort_unstable();
        starts.dedup();
        FoldSites { starts }
    }

    /// Whether folding may begin inside `span`.
    pub fn any_within(&self, span: Span) -> bool {
        let first = self.starts.partition_point(|&start| start < span.start);
        self.starts
            .get(first)
            .is_some_and(|&start| start < span.end)
    }

    /// Whether folding may begin anywhere.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
}

/// Whether folding may begin at `expr`, whose children are as the parser
/// built them (see the module docs; the folder's `fold_node` and
/// `fold_debug_name` are the rules this covers).
pub(crate) fn begins_fold(expr: &Expr) -> bool {
    match expr {
        Expr::UnaryOp(e) => match &*e.operand {
            Expr::Constant(_) => true,
            Expr::Compare(compare) => e.op == UnaryOp::Not && compare.ops.len() == 1,
            _ => false,
        },
        Expr::BinOp(e) => match (&*e.left, &*e.right) {
            (Expr::Constant(_), Expr::Constant(_)) => true,
            (Expr::Constant(_), Expr::Tuple(_)) => e.op == Operator::Mod,
            _ => false,
        },
        Expr::Compare(e) => {
            matches!(e.ops.last(), Some(CmpOp::In | CmpOp::NotIn))
                && e.comparators.last().is_some_and(is_iterable_display)
        }
        Expr::Subscript(e) => {
            matches!(&*e.value, Expr::Constant(_)) && matches!(&*e.slice, Expr::Constant(_))
        }
        Expr::Tuple(e) => e.elts.iter().all(|elt| matches!(elt, Expr::Constant(_))),
        Expr::Name(e) => e.ctx == ExprContext::Load && &*e.id == "__debug__",
        _ => false,
    }
}

/// Whether `iter`, iterated by `for` or a comprehension (or the operand of
/// a final `in`), is a display folding turns into a tuple or frozenset.
pub(crate) fn is_iterable_display(iter: &Expr) -> bool {
    matches!(iter, Expr::List(_) | Expr::Set(_))
}
