//! The tree walk: CPython's `astfold_*` functions. Children are folded
//! before their parent, so `1 + 2 * 3` folds inside out; a folded node
//! becomes a `Constant` with the node's own span.

use std::mem;

use pyvm_ast::{
    walk_comprehension_mut, walk_expr_mut, walk_pattern_mut, walk_stmt_mut, CmpOp, Comprehension,
    Constant, Expr, ExprConstant, ExprContext, ExprJoinedStr, ExprTuple, Mod, Pattern, Stmt,
    Transformer, UnaryOp,
};
use pyvm_parser::FoldSites;
use pyvm_source::Span;

use super::operators::{binary_op, subscript, unary_op};
use super::value::{code_points, frozenset, is_str};
use super::{format, FoldError, FoldOptions};

use crate::RECURSION_LIMIT as MAX_DEPTH;

/// The state of one fold.
pub(super) struct Folder<'s> {
    /// Where folding may begin, if known: other statements are passed over.
    sites: Option<&'s FoldSites>,
    /// `__debug__` is `optimize == 0`.
    optimize: u8,
    /// `from __future__ import annotations`: annotations stay unfolded
    /// (they are kept as source text).
    future_annotations: bool,
    /// How deeply the node being folded nests; past [`MAX_DEPTH`] after
    /// an error ([`STOPPED`]), so that one test of the depth tells both.
    depth: u32,
    /// The first error; once set, the walk stops.
    pub(super) error: Option<FoldError>,
}

/// The depth once the walk has stopped at an error: far past the limit,
/// and staying there however many levels it then leaves or tries to enter.
const STOPPED: u32 = u32::MAX / 2;

impl<'s> Folder<'s> {
    pub(super) fn new(options: &FoldOptions, sites: Option<&'s FoldSites>) -> Folder<'s> {
        Folder {
            sites,
            optimize: options.optimize,
            future_annotations: options.future_annotations,
            depth: 0,
            error: None,
        }
    }

    /// `astfold_mod`.
    pub(super) fn fold_mod(&mut self, module: &mut Mod) {
        match module {
            Mod::Module(module) => self.fold_body(&mut module.body),
            Mod::Interactive(module) => self.visit_body(&mut module.body),
            Mod::Expression(module) => self.visit_expr(&mut module.body),
            // Type comments take no part in folding.
            Mod::FunctionType(_) => {}
        }
    }

    /// Counts one level of nesting; false (and the error recorded, at the
    /// span `span` works out) past the limit or after an earlier error.
    #[inline]
    fn enter(&mut self, span: impl FnOnce() -> Span) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.stop(span);
            return false;
        }
        true
    }

    /// Stops the walk at the limit, unless it has stopped already.
    #[cold]
    fn stop(&mut self, span: impl FnOnce() -> Span) {
        if self.error.is_none() {
            self.error = Some(FoldError::recursion(span()));
            self.depth = STOPPED;
        }
    }

    /// Whether the walk goes on: no error so far.
    fn going(&self) -> bool {
        self.depth <= MAX_DEPTH
    }

    /// `astfold_body`, for the bodies that may start with a docstring
    /// (module, function, class): a first statement that becomes a string
    /// only by folding (`'a' + 'b'`) is wrapped in a one-part f-string, so
    /// it does not turn into a docstring.
    fn fold_body(&mut self, body: &mut [Stmt]) {
        let had_docstring = has_docstring(body);
        for stmt in body.iter_mut() {
            self.visit_stmt(stmt);
        }
        if !had_docstring && has_docstring(body) {
            if let Some(Stmt::Expr(stmt)) = body.first_mut() {
                let value = mem::replace(&mut *stmt.value, placeholder(stmt.span));
                *stmt.value = Expr::JoinedStr(ExprJoinedStr {
                    span: stmt.span,
                    values: vec![value],
                });
            }
        }
    }

    /// An annotation, unless annotations are postponed.
    fn visit_annotation(&mut self, annotation: Option<&mut Expr>) {
        if let Some(annotation) = annotation {
            if !self.future_annotations {
                self.visit_expr(annotation);
            }
        }
    }

    /// The children of an expression, in CPython's order (`astfold_expr`).
    ///
    /// Not `walk_expr_mut`: each level of nesting costs a frame of this
    /// function, and in unoptimised builds a frame holds a slot for every
    /// local of every arm. Arms here only hand children on; lists go
    /// through `visit_exprs`, rarer shapes through `walk_expr_mut` in a
    /// frame of their own.
    #[inline(always)]
    fn visit_children(&mut self, expr: &mut Expr) {
        match expr {
            Expr::BinOp(e) => {
                self.visit_child(&mut e.left);
                self.visit_child(&mut e.right);
            }
            Expr::UnaryOp(e) => self.visit_child(&mut e.operand),
            Expr::BoolOp(e) => self.visit_exprs(&mut e.values),
            Expr::Compare(e) => {
                self.visit_child(&mut e.left);
                self.visit_exprs(&mut e.comparators);
            }
            Expr::Attribute(e) => self.visit_child(&mut e.value),
            Expr::Subscript(e) => {
                self.visit_child(&mut e.value);
                self.visit_child(&mut e.slice);
            }
            Expr::Starred(e) => self.visit_child(&mut e.value),
            Expr::Tuple(e) => self.visit_exprs(&mut e.elts),
            Expr::List(e) => self.visit_exprs(&mut e.elts),
            Expr::Set(e) => self.visit_exprs(&mut e.elts),
            Expr::Await(e) => self.visit_child(&mut e.value),
            Expr::YieldFrom(e) => self.visit_child(&mut e.value),
            Expr::NamedExpr(e) => self.visit_child(&mut e.value),
            Expr::IfExp(e) => {
                self.visit_child(&mut e.test);
                self.visit_child(&mut e.body);
                self.visit_child(&mut e.orelse);
            }
            Expr::Call(e) => {
                self.visit_child(&mut e.func);
                self.visit_exprs(&mut e.args);
                self.visit_keywords(&mut e.keywords);
            }
            Expr::Lambda(e) => {
                self.visit_arguments(&mut e.args);
                self.visit_child(&mut e.body);
            }
            Expr::Constant(_) | Expr::Name(_) => {}
            _ => walk_other(self, expr),
        }
    }

    /// [`Transformer::visit_expr`] of a child: names and constants are
    /// handled here, without the call.
    #[inline]
    fn visit_child(&mut self, expr: &mut Expr) {
        if !self.visit_leaf(expr) {
            self.visit_expr(expr);
        }
    }

    /// Names and constants, most of the nodes, have no children and fold
    /// only as `__debug__`: done here, when within the limit. Tells
    /// whether `expr` was one, done.
    #[inline]
    fn visit_leaf(&mut self, expr: &mut Expr) -> bool {
        if !matches!(expr, Expr::Name(_) | Expr::Constant(_)) || self.depth >= MAX_DEPTH {
            return false;
        }
        if is_debug_name(expr) {
            fold_debug_name(expr, self.optimize);
        }
        true
    }

    fn visit_keywords(&mut self, keywords: &mut [pyvm_ast::Keyword]) {
        for keyword in keywords {
            self.visit_keyword(keyword);
        }
    }

    fn visit_exprs(&mut self, exprs: &mut [Expr]) {
        for expr in exprs {
            self.visit_child(expr);
        }
    }
}

impl Transformer for Folder<'_> {
    /// `astfold_stmt`.
    fn visit_stmt(&mut self, stmt: &mut Stmt) {
        if self
            .sites
            .is_some_and(|sites| !sites.any_within(extent(stmt)))
        {
            return;
        }
        if !self.enter(|| stmt.span()) {
            return;
        }
        match stmt {
            Stmt::FunctionDef(def) => {
                self.visit_arguments(&mut def.args);
                self.fold_body(&mut def.body);
                self.visit_exprs(&mut def.decorator_list);
                self.visit_annotation(def.returns.as_deref_mut());
            }
            Stmt::AsyncFunctionDef(def) => {
                self.visit_arguments(&mut def.args);
                self.fold_body(&mut def.body);
                self.visit_exprs(&mut def.decorator_list);
                self.visit_annotation(def.returns.as_deref_mut());
            }
            Stmt::ClassDef(def) => {
                self.visit_exprs(&mut def.bases);
                for keyword in &mut def.keywords {
                    self.visit_keyword(keyword);
                }
                self.fold_body(&mut def.body);
                self.visit_exprs(&mut def.decorator_list);
            }
            Stmt::AnnAssign(assign) => {
                self.visit_expr(&mut assign.target);
                self.visit_annotation(Some(&mut assign.annotation));
                if let Some(value) = &mut assign.value {
                    self.visit_expr(value);
                }
            }
            Stmt::For(_) => {
                walk_stmt_mut(self, stmt);
                if let Stmt::For(for_) = stmt {
                    fold_iter(&mut for_.iter);
                }
            }
            // Unlike `for`, CPython 3.11 leaves the iterable of `async for`
            // alone.
            Stmt::AsyncFor(_) => walk_stmt_mut(self, stmt),
            _ => walk_stmt_mut(self, stmt),
        }
        self.depth -= 1;
    }

    /// `astfold_expr`. Kept lean: it is on the recursion path, once per
    /// level of nesting, and deep trees must fold within a small stack.
    fn visit_expr(&mut self, expr: &mut Expr) {
        if self.visit_leaf(expr) {
            return;
        }
        // A name or constant not handled as a leaf is at the limit, or
        // after an error: `enter` refuses it.
        if !self.enter(|| expr.span()) {
            return;
        }
        self.visit_children(expr);
        // CPython stops at an error, folding nothing more.
        if self.going() && may_fold(expr) {
            fold_node(expr);
        }
        self.depth -= 1;
    }

    /// `astfold_pattern`: patterns hold expressions only as values and
    /// mapping keys (`case -1:`, `case 1 + 2j:`).
    fn visit_pattern(&mut self, pattern: &mut Pattern) {
        if !self.enter(|| pattern.span()) {
            return;
        }
        walk_pattern_mut(self, pattern);
        self.depth -= 1;
    }

    /// `astfold_arg`: the annotation, unless annotations are postponed.
    fn visit_arg(&mut self, arg: &mut pyvm_ast::Arg) {
        self.visit_annotation(arg.annotation.as_deref_mut());
    }

    /// `astfold_comprehension`, which folds the iterable of every clause,
    /// `async for` included.
    fn visit_comprehension(&mut self, comprehension: &mut Comprehension) {
        walk_comprehension_mut(self, comprehension);
        fold_iter(&mut comprehension.iter);
    }
}

/// The source of `stmt`, decorators included: they come before its span.
fn extent(stmt: &Stmt) -> Span {
    let span = stmt.span();
    let decorators = match stmt {
        Stmt::FunctionDef(def) => &def.decorator_list,
        Stmt::AsyncFunctionDef(def) => &def.decorator_list,
        Stmt::ClassDef(def) => &def.decorator_list,
        _ => return span,
    };
    match decorators.first() {
        Some(first) => Span::new(first.span().start.min(span.start), span.end),
        None => span,
    }
}

/// The children of the expressions `Folder::visit_children` leaves out.
#[inline(never)]
fn walk_other(folder: &mut Folder<'_>, expr: &mut Expr) {
    walk_expr_mut(folder, expr);
}

/// `__debug__`, read. (Inlined: every name is tested.)
#[inline(always)]
fn is_debug_name(expr: &Expr) -> bool {
    matches!(expr, Expr::Name(name) if name.ctx == ExprContext::Load && &*name.id == "__debug__")
}

/// `__debug__` into its value: true unless optimising.
#[inline(never)]
fn fold_debug_name(expr: &mut Expr, optimize: u8) {
    *expr = constant(expr.span(), Constant::Bool(optimize == 0));
}

/// Whether [`fold_node`] may change `expr`: checked before calling it.
#[inline]
fn may_fold(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Compare(_) | Expr::Subscript(_) | Expr::Tuple(_)
    )
}

/// Folds a node whose children are folded.
#[inline(never)]
fn fold_node(expr: &mut Expr) {
    match expr {
        Expr::BinOp(_) => fold_binop(expr),
        Expr::UnaryOp(_) => fold_unaryop(expr),
        Expr::Compare(_) => fold_compare(expr),
        Expr::Subscript(_) => fold_subscript(expr),
        Expr::Tuple(_) => fold_tuple(expr),
        _ => {}
    }
}

/// A `Constant` node.
fn constant(span: Span, value: Constant) -> Expr {
    Expr::Constant(ExprConstant {
        span,
        value,
        kind: None,
    })
}

/// A stand-in left behind while a node is moved out of its place.
fn placeholder(span: Span) -> Expr {
    constant(span, Constant::None)
}

/// CPython's `_PyAST_GetDocString`: the body starts with an expression
/// statement that is a `str` constant.
pub(super) fn has_docstring(body: &[Stmt]) -> bool {
    matches!(
        body.first(),
        Some(Stmt::Expr(stmt)) if matches!(&*stmt.value, Expr::Constant(c) if is_str(&c.value))
    )
}

/// `fold_binop`: `%`-formatting into an f-string, or the operation on two
/// constants.
fn fold_binop(expr: &mut Expr) {
    let Expr::BinOp(binop) = expr else { return };
    let Expr::Constant(left) = &*binop.left else {
        return;
    };
    if binop.op == pyvm_ast::Operator::Mod {
        if let (Some(text), Expr::Tuple(tuple)) = (code_points(&left.value), &mut *binop.right) {
            if tuple.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                return;
            }
            if let Some(pieces) = format::parse(&text, tuple.elts.len()) {
                let items = mem::take(&mut tuple.elts);
                *expr = format::joined_str(binop.span, pieces, items);
            }
            return;
        }
    }
    let Expr::Constant(right) = &*binop.right else {
        return;
    };
    if let Some(value) = binary_op(binop.op, &left.value, &right.value) {
        *expr = constant(binop.span, value);
    }
}

/// `fold_unaryop`: the operation on a constant, or `not` pushed into a
/// single `is`/`in` comparison (`not a is b` → `a is not b`; the other
/// comparisons cannot be inverted safely, `not a < b` is not `a >= b`
/// for sets or NaN). The comparison keeps its own span.
fn fold_unaryop(expr: &mut Expr) {
    let Expr::UnaryOp(unary) = expr else { return };
    match &mut *unary.operand {
        Expr::Constant(operand) => {
            if let Some(value) = unary_op(unary.op, &operand.value) {
                *expr = constant(unary.span, value);
            }
        }
        Expr::Compare(compare) if unary.op == UnaryOp::Not && compare.ops.len() == 1 => {
            let inverted = match compare.ops[0] {
                CmpOp::Is => CmpOp::IsNot,
                CmpOp::IsNot => CmpOp::Is,
                CmpOp::In => CmpOp::NotIn,
                CmpOp::NotIn => CmpOp::In,
                _ => return,
            };
            compare.ops[0] = inverted;
            let span = unary.span;
            *expr = mem::replace(&mut *unary.operand, placeholder(span));
        }
        _ => {}
    }
}

/// `fold_compare`: the right operand of a final `in`/`not in` as for a
/// `for` iterable.
fn fold_compare(expr: &mut Expr) {
    let Expr::Compare(compare) = expr else { return };
    if matches!(compare.ops.last(), Some(CmpOp::In | CmpOp::NotIn)) {
        if let Some(last) = compare.comparators.last_mut() {
            fold_iter(last);
        }
    }
}

/// `fold_iter`: a list display becomes a tuple (a constant when all its
/// items are), a set display of constants a frozenset constant. Used
/// where only iteration or membership is observable: `for` iterables,
/// comprehension iterables, `in` operands.
fn fold_iter(expr: &mut Expr) {
    match expr {
        Expr::List(list) => {
            if list.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                return;
            }
            let span = list.span;
            *expr = match take_constant_values(&mut list.elts) {
                Some(values) => constant(span, Constant::Tuple(values)),
                None => Expr::Tuple(ExprTuple {
                    span,
                    elts: mem::take(&mut list.elts),
                    ctx: list.ctx,
                }),
            };
        }
        Expr::Set(set) => {
            if let Some(values) = take_constant_values(&mut set.elts) {
                *expr = constant(set.span, Constant::FrozenSet(frozenset(values)));
            }
        }
        _ => {}
    }
}

/// `fold_subscr`: a constant indexed by a constant, when loaded.
fn fold_subscript(expr: &mut Expr) {
    let Expr::Subscript(sub) = expr else { return };
    if sub.ctx != ExprContext::Load {
        return;
    }
    if let (Expr::Constant(value), Expr::Constant(index)) = (&*sub.value, &*sub.slice) {
        if let Some(item) = subscript(&value.value, &index.value) {
            *expr = constant(sub.span, item);
        }
    }
}

/// `fold_tuple`: a loaded tuple display of constants.
fn fold_tuple(expr: &mut Expr) {
    let Expr::Tuple(tuple) = expr else { return };
    if tuple.ctx != ExprContext::Load {
        return;
    }
    if let Some(values) = take_constant_values(&mut tuple.elts) {
        *expr = constant(tuple.span, Constant::Tuple(values));
    }
}

/// `make_const_tuple`: when every item is a constant, their values, moved
/// out of `elts` (which the caller then replaces); otherwise `None`, with
/// `elts` untouched. (Checked first, so that nothing is copied for the
/// many displays that hold a name.)
fn take_constant_values(elts: &mut Vec<Expr>) -> Option<Vec<Constant>> {
    if !elts.iter().all(|e| matches!(e, Expr::Constant(_))) {
        return None;
    }
    let mut values = Vec::with_capacity(elts.len());
    for e in mem::take(elts) {
        if let Expr::Constant(c) = e {
            values.push(c.value);
        }
    }
    Some(values)
}
