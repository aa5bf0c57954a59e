//! In-place rewriting, the `&mut` counterpart of [`crate::Visitor`] (as
//! CPython's `ast.NodeTransformer`, but mutating instead of returning new
//! nodes).
//!
//! Implement [`Transformer`] and override the `visit_*` methods for the
//! nodes you want to change; each defaults to the matching `walk_*_mut`
//! function, which visits the node's children in CPython's field order. A
//! node is replaced by assigning to it (`*expr = …`); statements are
//! inserted or removed by overriding [`Transformer::visit_body`], which gets
//! the whole `Vec`.

use crate::{
    Alias, Arg, Arguments, BoolOp, CmpOp, Comprehension, ExceptHandler, Expr, ExprContext, Keyword,
    MatchCase, Mod, Operator, Pattern, Stmt, TypeIgnore, UnaryOp, WithItem,
};

/// An in-place rewrite of a tree; see the module documentation.
///
/// ```
/// use pyvm_ast::{walk_expr_mut, Expr, Transformer};
///
/// /// Renames every use of one name.
/// struct Rename<'n> {
///     from: &'n str,
///     to: &'n str,
/// }
///
/// impl Transformer for Rename<'_> {
///     fn visit_expr(&mut self, expr: &mut Expr) {
///         if let Expr::Name(name) = expr {
///             if &*name.id == self.from {
///                 name.id = self.to.into();
///             }
///         }
///         walk_expr_mut(self, expr);
///     }
/// }
/// ```
pub trait Transformer {
    /// A tree's root.
    fn visit_mod(&mut self, node: &mut Mod) {
        walk_mod_mut(self, node);
    }

    /// A block of statements (a body, `orelse`, `finalbody`…).
    fn visit_body(&mut self, body: &mut Vec<Stmt>) {
        walk_body_mut(self, body);
    }

    /// A statement.
    fn visit_stmt(&mut self, stmt: &mut Stmt) {
        walk_stmt_mut(self, stmt);
    }

    /// An expression.
    fn visit_expr(&mut self, expr: &mut Expr) {
        walk_expr_mut(self, expr);
    }

    /// A pattern.
    fn visit_pattern(&mut self, pattern: &mut Pattern) {
        walk_pattern_mut(self, pattern);
    }

    /// An `except` clause.
    fn visit_except_handler(&mut self, handler: &mut ExceptHandler) {
        walk_except_handler_mut(self, handler);
    }

    /// A parameter list.
    fn visit_arguments(&mut self, arguments: &mut Arguments) {
        walk_arguments_mut(self, arguments);
    }

    /// One parameter.
    fn visit_arg(&mut self, arg: &mut Arg) {
        walk_arg_mut(self, arg);
    }

    /// A keyword argument of a call or class.
    fn visit_keyword(&mut self, keyword: &mut Keyword) {
        walk_keyword_mut(self, keyword);
    }

    /// One name of an import (no children).
    fn visit_alias(&mut self, _alias: &mut Alias) {}

    /// One context manager of a `with`.
    fn visit_with_item(&mut self, item: &mut WithItem) {
        walk_with_item_mut(self, item);
    }

    /// One `case` block.
    fn visit_match_case(&mut self, case: &mut MatchCase) {
        walk_match_case_mut(self, case);
    }

    /// One `for … in … if …` clause of a comprehension.
    fn visit_comprehension(&mut self, comprehension: &mut Comprehension) {
        walk_comprehension_mut(self, comprehension);
    }

    /// A `# type: ignore` comment (no children).
    fn visit_type_ignore(&mut self, _type_ignore: &mut TypeIgnore) {}

    /// The context of a `Name`, `Attribute`, `Subscript`, `Starred`, `List`
    /// or `Tuple`.
    fn visit_expr_context(&mut self, _ctx: &mut ExprContext) {}

    /// The operator of a `BoolOp`.
    fn visit_bool_op(&mut self, _op: &mut BoolOp) {}

    /// The operator of a `BinOp` or `AugAssign`.
    fn visit_operator(&mut self, _op: &mut Operator) {}

    /// The operator of a `UnaryOp`.
    fn visit_unary_op(&mut self, _op: &mut UnaryOp) {}

    /// One operator of a `Compare`.
    fn visit_cmp_op(&mut self, _op: &mut CmpOp) {}
}

/// Visits the children of a tree's root.
pub fn walk_mod_mut<T: Transformer + ?Sized>(transformer: &mut T, node: &mut Mod) {
    match node {
        Mod::Module(m) => {
            transformer.visit_body(&mut m.body);
            for type_ignore in &mut m.type_ignores {
                transformer.visit_type_ignore(type_ignore);
            }
        }
        Mod::Interactive(m) => transformer.visit_body(&mut m.body),
        Mod::Expression(m) => transformer.visit_expr(&mut m.body),
        Mod::FunctionType(m) => {
            for argtype in &mut m.argtypes {
                transformer.visit_expr(argtype);
            }
            transformer.visit_expr(&mut m.returns);
        }
    }
}

/// Visits each statement of a block.
pub fn walk_body_mut<T: Transformer + ?Sized>(transformer: &mut T, body: &mut Vec<Stmt>) {
    for stmt in body {
        transformer.visit_stmt(stmt);
    }
}

fn visit_exprs<T: Transformer + ?Sized>(transformer: &mut T, exprs: &mut [Expr]) {
    for expr in exprs {
        transformer.visit_expr(expr);
    }
}

fn visit_patterns<T: Transformer + ?Sized>(transformer: &mut T, patterns: &mut [Pattern]) {
    for pattern in patterns {
        transformer.visit_pattern(pattern);
    }
}

/// Visits a statement's children in CPython's field order.
pub fn walk_stmt_mut<T: Transformer + ?Sized>(transformer: &mut T, stmt: &mut Stmt) {
    match stmt {
        Stmt::FunctionDef(s) => {
            transformer.visit_arguments(&mut s.args);
            transformer.visit_body(&mut s.body);
            visit_exprs(transformer, &mut s.decorator_list);
            if let Some(returns) = &mut s.returns {
                transformer.visit_expr(returns);
            }
        }
        Stmt::AsyncFunctionDef(s) => {
            transformer.visit_arguments(&mut s.args);
            transformer.visit_body(&mut s.body);
            visit_exprs(transformer, &mut s.decorator_list);
            if let Some(returns) = &mut s.returns {
                transformer.visit_expr(returns);
            }
        }
        Stmt::ClassDef(s) => {
            visit_exprs(transformer, &mut s.bases);
            for keyword in &mut s.keywords {
                transformer.visit_keyword(keyword);
            }
            transformer.visit_body(&mut s.body);
            visit_exprs(transformer, &mut s.decorator_list);
        }
        Stmt::Return(s) => {
            if let Some(value) = &mut s.value {
                transformer.visit_expr(value);
            }
        }
        Stmt::Delete(s) => visit_exprs(transformer, &mut s.targets),
        Stmt::Assign(s) => {
            visit_exprs(transformer, &mut s.targets);
            transformer.visit_expr(&mut s.value);
        }
        Stmt::AugAssign(s) => {
            transformer.visit_expr(&mut s.target);
            transformer.visit_operator(&mut s.op);
            transformer.visit_expr(&mut s.value);
        }
        Stmt::AnnAssign(s) => {
            transformer.visit_expr(&mut s.target);
            transformer.visit_expr(&mut s.annotation);
            if let Some(value) = &mut s.value {
                transformer.visit_expr(value);
            }
        }
        Stmt::For(s) => {
            transformer.visit_expr(&mut s.target);
            transformer.visit_expr(&mut s.iter);
            transformer.visit_body(&mut s.body);
            transformer.visit_body(&mut s.orelse);
        }
        Stmt::AsyncFor(s) => {
            transformer.visit_expr(&mut s.target);
            transformer.visit_expr(&mut s.iter);
            transformer.visit_body(&mut s.body);
            transformer.visit_body(&mut s.orelse);
        }
        Stmt::While(s) => {
            transformer.visit_expr(&mut s.test);
            transformer.visit_body(&mut s.body);
            transformer.visit_body(&mut s.orelse);
        }
        Stmt::If(s) => {
            transformer.visit_expr(&mut s.test);
            transformer.visit_body(&mut s.body);
            transformer.visit_body(&mut s.orelse);
        }
        Stmt::With(s) => {
            for item in &mut s.items {
                transformer.visit_with_item(item);
            }
            transformer.visit_body(&mut s.body);
        }
        Stmt::AsyncWith(s) => {
            for item in &mut s.items {
                transformer.visit_with_item(item);
            }
            transformer.visit_body(&mut s.body);
        }
        Stmt::Match(s) => {
            transformer.visit_expr(&mut s.subject);
            for case in &mut s.cases {
                transformer.visit_match_case(case);
            }
        }
        Stmt::Raise(s) => {
            if let Some(exc) = &mut s.exc {
                transformer.visit_expr(exc);
            }
            if let Some(cause) = &mut s.cause {
                transformer.visit_expr(cause);
            }
        }
        Stmt::Try(s) => {
            transformer.visit_body(&mut s.body);
            for handler in &mut s.handlers {
                transformer.visit_except_handler(handler);
            }
            transformer.visit_body(&mut s.orelse);
            transformer.visit_body(&mut s.finalbody);
        }
        Stmt::TryStar(s) => {
            transformer.visit_body(&mut s.body);
            for handler in &mut s.handlers {
                transformer.visit_except_handler(handler);
            }
            transformer.visit_body(&mut s.orelse);
            transformer.visit_body(&mut s.finalbody);
        }
        Stmt::Assert(s) => {
            transformer.visit_expr(&mut s.test);
            if let Some(msg) = &mut s.msg {
                transformer.visit_expr(msg);
            }
        }
        Stmt::Import(s) => {
            for alias in &mut s.names {
                transformer.visit_alias(alias);
            }
        }
        Stmt::ImportFrom(s) => {
            for alias in &mut s.names {
                transformer.visit_alias(alias);
            }
        }
        Stmt::Expr(s) => transformer.visit_expr(&mut s.value),
        Stmt::Global(_)
        | Stmt::Nonlocal(_)
        | Stmt::Pass(_)
        | Stmt::Break(_)
        | Stmt::Continue(_) => {}
    }
}

/// Visits an expression's children in CPython's field order.
pub fn walk_expr_mut<T: Transformer + ?Sized>(transformer: &mut T, expr: &mut Expr) {
    match expr {
        Expr::BoolOp(e) => {
            transformer.visit_bool_op(&mut e.op);
            visit_exprs(transformer, &mut e.values);
        }
        Expr::NamedExpr(e) => {
            transformer.visit_expr(&mut e.target);
            transformer.visit_expr(&mut e.value);
        }
        Expr::BinOp(e) => {
            transformer.visit_expr(&mut e.left);
            transformer.visit_operator(&mut e.op);
            transformer.visit_expr(&mut e.right);
        }
        Expr::UnaryOp(e) => {
            transformer.visit_unary_op(&mut e.op);
            transformer.visit_expr(&mut e.operand);
        }
        Expr::Lambda(e) => {
            transformer.visit_arguments(&mut e.args);
            transformer.visit_expr(&mut e.body);
        }
        Expr::IfExp(e) => {
            transformer.visit_expr(&mut e.test);
            transformer.visit_expr(&mut e.body);
            transformer.visit_expr(&mut e.orelse);
        }
        Expr::Dict(e) => {
            for key in e.keys.iter_mut().flatten() {
                transformer.visit_expr(key);
            }
            visit_exprs(transformer, &mut e.values);
        }
        Expr::Set(e) => visit_exprs(transformer, &mut e.elts),
        Expr::ListComp(e) => {
            transformer.visit_expr(&mut e.elt);
            for comprehension in &mut e.generators {
                transformer.visit_comprehension(comprehension);
            }
        }
        Expr::SetComp(e) => {
            transformer.visit_expr(&mut e.elt);
            for comprehension in &mut e.generators {
                transformer.visit_comprehension(comprehension);
            }
        }
        Expr::DictComp(e) => {
            transformer.visit_expr(&mut e.key);
            transformer.visit_expr(&mut e.value);
            for comprehension in &mut e.generators {
                transformer.visit_comprehension(comprehension);
            }
        }
        Expr::GeneratorExp(e) => {
            transformer.visit_expr(&mut e.elt);
            for comprehension in &mut e.generators {
                transformer.visit_comprehension(comprehension);
            }
        }
        Expr::Await(e) => transformer.visit_expr(&mut e.value),
        Expr::Yield(e) => {
            if let Some(value) = &mut e.value {
                transformer.visit_expr(value);
            }
        }
        Expr::YieldFrom(e) => transformer.visit_expr(&mut e.value),
        Expr::Compare(e) => {
            transformer.visit_expr(&mut e.left);
            for op in &mut e.ops {
                transformer.visit_cmp_op(op);
            }
            visit_exprs(transformer, &mut e.comparators);
        }
        Expr::Call(e) => {
            transformer.visit_expr(&mut e.func);
            visit_exprs(transformer, &mut e.args);
            for keyword in &mut e.keywords {
                transformer.visit_keyword(keyword);
            }
        }
        Expr::FormattedValue(e) => {
            transformer.visit_expr(&mut e.value);
            if let Some(format_spec) = &mut e.format_spec {
                transformer.visit_expr(format_spec);
            }
        }
        Expr::JoinedStr(e) => visit_exprs(transformer, &mut e.values),
        Expr::Constant(_) => {}
        Expr::Attribute(e) => {
            transformer.visit_expr(&mut e.value);
            transformer.visit_expr_context(&mut e.ctx);
        }
        Expr::Subscript(e) => {
            transformer.visit_expr(&mut e.value);
            transformer.visit_expr(&mut e.slice);
            transformer.visit_expr_context(&mut e.ctx);
        }
        Expr::Starred(e) => {
            transformer.visit_expr(&mut e.value);
            transformer.visit_expr_context(&mut e.ctx);
        }
        Expr::Name(e) => transformer.visit_expr_context(&mut e.ctx),
        Expr::List(e) => {
            visit_exprs(transformer, &mut e.elts);
            transformer.visit_expr_context(&mut e.ctx);
        }
        Expr::Tuple(e) => {
            visit_exprs(transformer, &mut e.elts);
            transformer.visit_expr_context(&mut e.ctx);
        }
        Expr::Slice(e) => {
            if let Some(lower) = &mut e.lower {
                transformer.visit_expr(lower);
            }
            if let Some(upper) = &mut e.upper {
                transformer.visit_expr(upper);
            }
            if let Some(step) = &mut e.step {
                transformer.visit_expr(step);
            }
        }
    }
}

/// Visits a pattern's children in CPython's field order.
pub fn walk_pattern_mut<T: Transformer + ?Sized>(transformer: &mut T, pattern: &mut Pattern) {
    match pattern {
        Pattern::MatchValue(p) => transformer.visit_expr(&mut p.value),
        Pattern::MatchSingleton(_) | Pattern::MatchStar(_) => {}
        Pattern::MatchSequence(p) => visit_patterns(transformer, &mut p.patterns),
        Pattern::MatchMapping(p) => {
            visit_exprs(transformer, &mut p.keys);
            visit_patterns(transformer, &mut p.patterns);
        }
        Pattern::MatchClass(p) => {
            transformer.visit_expr(&mut p.cls);
            visit_patterns(transformer, &mut p.patterns);
            visit_patterns(transformer, &mut p.kwd_patterns);
        }
        Pattern::MatchAs(p) => {
            if let Some(pattern) = &mut p.pattern {
                transformer.visit_pattern(pattern);
            }
        }
        Pattern::MatchOr(p) => visit_patterns(transformer, &mut p.patterns),
    }
}

/// Visits an `except` clause's type and body.
pub fn walk_except_handler_mut<T: Transformer + ?Sized>(
    transformer: &mut T,
    handler: &mut ExceptHandler,
) {
    match handler {
        ExceptHandler::ExceptHandler(h) => {
            if let Some(type_) = &mut h.type_ {
                transformer.visit_expr(type_);
            }
            transformer.visit_body(&mut h.body);
        }
    }
}

/// Visits the parameters and defaults in CPython's field order
/// (`posonlyargs`, `args`, `vararg`, `kwonlyargs`, `kw_defaults`, `kwarg`,
/// `defaults`).
pub fn walk_arguments_mut<T: Transformer + ?Sized>(transformer: &mut T, arguments: &mut Arguments) {
    for arg in &mut arguments.posonlyargs {
        transformer.visit_arg(arg);
    }
    for arg in &mut arguments.args {
        transformer.visit_arg(arg);
    }
    if let Some(vararg) = &mut arguments.vararg {
        transformer.visit_arg(vararg);
    }
    for arg in &mut arguments.kwonlyargs {
        transformer.visit_arg(arg);
    }
    for default in arguments.kw_defaults.iter_mut().flatten() {
        transformer.visit_expr(default);
    }
    if let Some(kwarg) = &mut arguments.kwarg {
        transformer.visit_arg(kwarg);
    }
    visit_exprs(transformer, &mut arguments.defaults);
}

/// Visits a parameter's annotation.
pub fn walk_arg_mut<T: Transformer + ?Sized>(transformer: &mut T, arg: &mut Arg) {
    if let Some(annotation) = &mut arg.annotation {
        transformer.visit_expr(annotation);
    }
}

/// Visits a keyword argument's value.
pub fn walk_keyword_mut<T: Transformer + ?Sized>(transformer: &mut T, keyword: &mut Keyword) {
    transformer.visit_expr(&mut keyword.value);
}

/// Visits a context manager and its `as` target.
pub fn walk_with_item_mut<T: Transformer + ?Sized>(transformer: &mut T, item: &mut WithItem) {
    transformer.visit_expr(&mut item.context_expr);
    if let Some(optional_vars) = &mut item.optional_vars {
        transformer.visit_expr(optional_vars);
    }
}

/// Visits a `case` block's pattern, guard and body.
pub fn walk_match_case_mut<T: Transformer + ?Sized>(transformer: &mut T, case: &mut MatchCase) {
    transformer.visit_pattern(&mut case.pattern);
    if let Some(guard) = &mut case.guard {
        transformer.visit_expr(guard);
    }
    transformer.visit_body(&mut case.body);
}

/// Visits a comprehension clause's target, iterable and conditions.
pub fn walk_comprehension_mut<T: Transformer + ?Sized>(
    transformer: &mut T,
    comprehension: &mut Comprehension,
) {
    transformer.visit_expr(&mut comprehension.target);
    transformer.visit_expr(&mut comprehension.iter);
    visit_exprs(transformer, &mut comprehension.ifs);
}
