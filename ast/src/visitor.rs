//! Read-only traversal, as CPython's `ast.NodeVisitor`.
//!
//! Implement [`Visitor`] and override the `visit_*` methods for the nodes
//! you care about; each defaults to the matching `walk_*` function, which
//! visits the node's children in CPython's field order (the order of
//! `_fields`, so `FunctionDef` visits `args`, `body`, `decorator_list`,
//! `returns`). An override that wants the children too calls the `walk_*`
//! function itself. [`crate::Transformer`] is the `&mut` counterpart.

use crate::{
    Alias, Arg, Arguments, BoolOp, CmpOp, Comprehension, ExceptHandler, Expr, ExprContext, Keyword,
    MatchCase, Mod, Operator, Pattern, Stmt, TypeIgnore, UnaryOp, WithItem,
};

/// A read-only walk over a tree; see the module documentation.
///
/// ```
/// use pyvm_ast::{walk_expr, Expr, Visitor};
///
/// /// Collects every name read or written.
/// struct Names<'a>(Vec<&'a str>);
///
/// impl<'a> Visitor<'a> for Names<'a> {
///     fn visit_expr(&mut self, expr: &'a Expr) {
///         if let Expr::Name(name) = expr {
///             self.0.push(&name.id);
///         }
///         walk_expr(self, expr);
///     }
/// }
/// ```
pub trait Visitor<'a> {
    /// A tree's root.
    fn visit_mod(&mut self, node: &'a Mod) {
        walk_mod(self, node);
    }

    /// A block of statements (a body, `orelse`, `finalbody`…).
    fn visit_body(&mut self, body: &'a [Stmt]) {
        walk_body(self, body);
    }

    /// A statement.
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        walk_stmt(self, stmt);
    }

    /// An expression.
    fn visit_expr(&mut self, expr: &'a Expr) {
        walk_expr(self, expr);
    }

    /// A pattern.
    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        walk_pattern(self, pattern);
    }

    /// An `except` clause.
    fn visit_except_handler(&mut self, handler: &'a ExceptHandler) {
        walk_except_handler(self, handler);
    }

    /// A parameter list.
    fn visit_arguments(&mut self, arguments: &'a Arguments) {
        walk_arguments(self, arguments);
    }

    /// One parameter.
    fn visit_arg(&mut self, arg: &'a Arg) {
        walk_arg(self, arg);
    }

    /// A keyword argument of a call or class.
    fn visit_keyword(&mut self, keyword: &'a Keyword) {
        walk_keyword(self, keyword);
    }

    /// One name of an import (no children).
    fn visit_alias(&mut self, _alias: &'a Alias) {}

    /// One context manager of a `with`.
    fn visit_with_item(&mut self, item: &'a WithItem) {
        walk_with_item(self, item);
    }

    /// One `case` block.
    fn visit_match_case(&mut self, case: &'a MatchCase) {
        walk_match_case(self, case);
    }

    /// One `for … in … if …` clause of a comprehension.
    fn visit_comprehension(&mut self, comprehension: &'a Comprehension) {
        walk_comprehension(self, comprehension);
    }

    /// A `# type: ignore` comment (no children).
    fn visit_type_ignore(&mut self, _type_ignore: &'a TypeIgnore) {}

    /// The context of a `Name`, `Attribute`, `Subscript`, `Starred`, `List`
    /// or `Tuple`.
    fn visit_expr_context(&mut self, _ctx: ExprContext) {}

    /// The operator of a `BoolOp`.
    fn visit_bool_op(&mut self, _op: BoolOp) {}

    /// The operator of a `BinOp` or `AugAssign`.
    fn visit_operator(&mut self, _op: Operator) {}

    /// The operator of a `UnaryOp`.
    fn visit_unary_op(&mut self, _op: UnaryOp) {}

    /// One operator of a `Compare`.
    fn visit_cmp_op(&mut self, _op: CmpOp) {}
}

/// Visits the children of a tree's root.
pub fn walk_mod<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, node: &'a Mod) {
    match node {
        Mod::Module(m) => {
            visitor.visit_body(&m.body);
            for type_ignore in &m.type_ignores {
                visitor.visit_type_ignore(type_ignore);
            }
        }
        Mod::Interactive(m) => visitor.visit_body(&m.body),
        Mod::Expression(m) => visitor.visit_expr(&m.body),
        Mod::FunctionType(m) => {
            for argtype in &m.argtypes {
                visitor.visit_expr(argtype);
            }
            visitor.visit_expr(&m.returns);
        }
    }
}

/// Visits each statement of a block.
pub fn walk_body<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, body: &'a [Stmt]) {
    for stmt in body {
        visitor.visit_stmt(stmt);
    }
}

fn visit_exprs<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, exprs: &'a [Expr]) {
    for expr in exprs {
        visitor.visit_expr(expr);
    }
}

fn visit_patterns<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, patterns: &'a [Pattern]) {
    for pattern in patterns {
        visitor.visit_pattern(pattern);
    }
}

/// Visits a statement's children in CPython's field order.
pub fn walk_stmt<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, stmt: &'a Stmt) {
    match stmt {
        Stmt::FunctionDef(s) => {
            visitor.visit_arguments(&s.args);
            visitor.visit_body(&s.body);
            visit_exprs(visitor, &s.decorator_list);
            if let Some(returns) = &s.returns {
                visitor.visit_expr(returns);
            }
        }
        Stmt::AsyncFunctionDef(s) => {
            visitor.visit_arguments(&s.args);
            visitor.visit_body(&s.body);
            visit_exprs(visitor, &s.decorator_list);
            if let Some(returns) = &s.returns {
                visitor.visit_expr(returns);
            }
        }
        Stmt::ClassDef(s) => {
            visit_exprs(visitor, &s.bases);
            for keyword in &s.keywords {
                visitor.visit_keyword(keyword);
            }
            visitor.visit_body(&s.body);
            visit_exprs(visitor, &s.decorator_list);
        }
        Stmt::Return(s) => {
            if let Some(value) = &s.value {
                visitor.visit_expr(value);
            }
        }
        Stmt::Delete(s) => visit_exprs(visitor, &s.targets),
        Stmt::Assign(s) => {
            visit_exprs(visitor, &s.targets);
            visitor.visit_expr(&s.value);
        }
        Stmt::AugAssign(s) => {
            visitor.visit_expr(&s.target);
            visitor.visit_operator(s.op);
            visitor.visit_expr(&s.value);
        }
        Stmt::AnnAssign(s) => {
            visitor.visit_expr(&s.target);
            visitor.visit_expr(&s.annotation);
            if let Some(value) = &s.value {
                visitor.visit_expr(value);
            }
        }
        Stmt::For(s) => {
            visitor.visit_expr(&s.target);
            visitor.visit_expr(&s.iter);
            visitor.visit_body(&s.body);
            visitor.visit_body(&s.orelse);
        }
        Stmt::AsyncFor(s) => {
            visitor.visit_expr(&s.target);
            visitor.visit_expr(&s.iter);
            visitor.visit_body(&s.body);
            visitor.visit_body(&s.orelse);
        }
        Stmt::While(s) => {
            visitor.visit_expr(&s.test);
            visitor.visit_body(&s.body);
            visitor.visit_body(&s.orelse);
        }
        Stmt::If(s) => {
            visitor.visit_expr(&s.test);
            visitor.visit_body(&s.body);
            visitor.visit_body(&s.orelse);
        }
        Stmt::With(s) => {
            for item in &s.items {
                visitor.visit_with_item(item);
            }
            visitor.visit_body(&s.body);
        }
        Stmt::AsyncWith(s) => {
            for item in &s.items {
                visitor.visit_with_item(item);
            }
            visitor.visit_body(&s.body);
        }
        Stmt::Match(s) => {
            visitor.visit_expr(&s.subject);
            for case in &s.cases {
                visitor.visit_match_case(case);
            }
        }
        Stmt::Raise(s) => {
            if let Some(exc) = &s.exc {
                visitor.visit_expr(exc);
            }
            if let Some(cause) = &s.cause {
                visitor.visit_expr(cause);
            }
        }
        Stmt::Try(s) => {
            visitor.visit_body(&s.body);
            for handler in &s.handlers {
                visitor.visit_except_handler(handler);
            }
            visitor.visit_body(&s.orelse);
            visitor.visit_body(&s.finalbody);
        }
        Stmt::TryStar(s) => {
            visitor.visit_body(&s.body);
            for handler in &s.handlers {
                visitor.visit_except_handler(handler);
            }
            visitor.visit_body(&s.orelse);
            visitor.visit_body(&s.finalbody);
        }
        Stmt::Assert(s) => {
            visitor.visit_expr(&s.test);
            if let Some(msg) = &s.msg {
                visitor.visit_expr(msg);
            }
        }
        Stmt::Import(s) => {
            for alias in &s.names {
                visitor.visit_alias(alias);
            }
        }
        Stmt::ImportFrom(s) => {
            for alias in &s.names {
                visitor.visit_alias(alias);
            }
        }
        Stmt::Expr(s) => visitor.visit_expr(&s.value),
        Stmt::Global(_)
        | Stmt::Nonlocal(_)
        | Stmt::Pass(_)
        | Stmt::Break(_)
        | Stmt::Continue(_) => {}
    }
}

/// Visits an expression's children in CPython's field order.
pub fn walk_expr<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, expr: &'a Expr) {
    match expr {
        Expr::BoolOp(e) => {
            visitor.visit_bool_op(e.op);
            visit_exprs(visitor, &e.values);
        }
        Expr::NamedExpr(e) => {
            visitor.visit_expr(&e.target);
            visitor.visit_expr(&e.value);
        }
        Expr::BinOp(e) => {
            visitor.visit_expr(&e.left);
            visitor.visit_operator(e.op);
            visitor.visit_expr(&e.right);
        }
        Expr::UnaryOp(e) => {
            visitor.visit_unary_op(e.op);
            visitor.visit_expr(&e.operand);
        }
        Expr::Lambda(e) => {
            visitor.visit_arguments(&e.args);
            visitor.visit_expr(&e.body);
        }
        Expr::IfExp(e) => {
            visitor.visit_expr(&e.test);
            visitor.visit_expr(&e.body);
            visitor.visit_expr(&e.orelse);
        }
        Expr::Dict(e) => {
            for key in e.keys.iter().flatten() {
                visitor.visit_expr(key);
            }
            visit_exprs(visitor, &e.values);
        }
        Expr::Set(e) => visit_exprs(visitor, &e.elts),
        Expr::ListComp(e) => {
            visitor.visit_expr(&e.elt);
            for comprehension in &e.generators {
                visitor.visit_comprehension(comprehension);
            }
        }
        Expr::SetComp(e) => {
            visitor.visit_expr(&e.elt);
            for comprehension in &e.generators {
                visitor.visit_comprehension(comprehension);
            }
        }
        Expr::DictComp(e) => {
            visitor.visit_expr(&e.key);
            visitor.visit_expr(&e.value);
            for comprehension in &e.generators {
                visitor.visit_comprehension(comprehension);
            }
        }
        Expr::GeneratorExp(e) => {
            visitor.visit_expr(&e.elt);
            for comprehension in &e.generators {
                visitor.visit_comprehension(comprehension);
            }
        }
        Expr::Await(e) => visitor.visit_expr(&e.value),
        Expr::Yield(e) => {
            if let Some(value) = &e.value {
                visitor.visit_expr(value);
            }
        }
        Expr::YieldFrom(e) => visitor.visit_expr(&e.value),
        Expr::Compare(e) => {
            visitor.visit_expr(&e.left);
            for op in &e.ops {
                visitor.visit_cmp_op(*op);
            }
            visit_exprs(visitor, &e.comparators);
        }
        Expr::Call(e) => {
            visitor.visit_expr(&e.func);
            visit_exprs(visitor, &e.args);
            for keyword in &e.keywords {
                visitor.visit_keyword(keyword);
            }
        }
        Expr::FormattedValue(e) => {
            visitor.visit_expr(&e.value);
            if let Some(format_spec) = &e.format_spec {
                visitor.visit_expr(format_spec);
            }
        }
        Expr::JoinedStr(e) => visit_exprs(visitor, &e.values),
        Expr::Constant(_) => {}
        Expr::Attribute(e) => {
            visitor.visit_expr(&e.value);
            visitor.visit_expr_context(e.ctx);
        }
        Expr::Subscript(e) => {
            visitor.visit_expr(&e.value);
            visitor.visit_expr(&e.slice);
            visitor.visit_expr_context(e.ctx);
        }
        Expr::Starred(e) => {
            visitor.visit_expr(&e.value);
            visitor.visit_expr_context(e.ctx);
        }
        Expr::Name(e) => visitor.visit_expr_context(e.ctx),
        Expr::List(e) => {
            visit_exprs(visitor, &e.elts);
            visitor.visit_expr_context(e.ctx);
        }
        Expr::Tuple(e) => {
            visit_exprs(visitor, &e.elts);
            visitor.visit_expr_context(e.ctx);
        }
        Expr::Slice(e) => {
            if let Some(lower) = &e.lower {
                visitor.visit_expr(lower);
            }
            if let Some(upper) = &e.upper {
                visitor.visit_expr(upper);
            }
            if let Some(step) = &e.step {
                visitor.visit_expr(step);
            }
        }
    }
}

/// Visits a pattern's children in CPython's field order.
pub fn walk_pattern<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, pattern: &'a Pattern) {
    match pattern {
        Pattern::MatchValue(p) => visitor.visit_expr(&p.value),
        Pattern::MatchSingleton(_) | Pattern::MatchStar(_) => {}
        Pattern::MatchSequence(p) => visit_patterns(visitor, &p.patterns),
        Pattern::MatchMapping(p) => {
            visit_exprs(visitor, &p.keys);
            visit_patterns(visitor, &p.patterns);
        }
        Pattern::MatchClass(p) => {
            visitor.visit_expr(&p.cls);
            visit_patterns(visitor, &p.patterns);
            visit_patterns(visitor, &p.kwd_patterns);
        }
        Pattern::MatchAs(p) => {
            if let Some(pattern) = &p.pattern {
                visitor.visit_pattern(pattern);
            }
        }
        Pattern::MatchOr(p) => visit_patterns(visitor, &p.patterns),
    }
}

/// Visits an `except` clause's type and body.
pub fn walk_except_handler<'a, V: Visitor<'a> + ?Sized>(
    visitor: &mut V,
    handler: &'a ExceptHandler,
) {
    match handler {
        ExceptHandler::ExceptHandler(h) => {
            if let Some(type_) = &h.type_ {
                visitor.visit_expr(type_);
            }
            visitor.visit_body(&h.body);
        }
    }
}

/// Visits the parameters and defaults in CPython's field order
/// (`posonlyargs`, `args`, `vararg`, `kwonlyargs`, `kw_defaults`, `kwarg`,
/// `defaults`).
pub fn walk_arguments<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, arguments: &'a Arguments) {
    for arg in &arguments.posonlyargs {
        visitor.visit_arg(arg);
    }
    for arg in &arguments.args {
        visitor.visit_arg(arg);
    }
    if let Some(vararg) = &arguments.vararg {
        visitor.visit_arg(vararg);
    }
    for arg in &arguments.kwonlyargs {
        visitor.visit_arg(arg);
    }
    for default in arguments.kw_defaults.iter().flatten() {
        visitor.visit_expr(default);
    }
    if let Some(kwarg) = &arguments.kwarg {
        visitor.visit_arg(kwarg);
    }
    visit_exprs(visitor, &arguments.defaults);
}

/// Visits a parameter's annotation.
pub fn walk_arg<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, arg: &'a Arg) {
    if let Some(annotation) = &arg.annotation {
        visitor.visit_expr(annotation);
    }
}

/// Visits a keyword argument's value.
pub fn walk_keyword<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, keyword: &'a Keyword) {
    visitor.visit_expr(&keyword.value);
}

/// Visits a context manager and its `as` target.
pub fn walk_with_item<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, item: &'a WithItem) {
    visitor.visit_expr(&item.context_expr);
    if let Some(optional_vars) = &item.optional_vars {
        visitor.visit_expr(optional_vars);
    }
}

/// Visits a `case` block's pattern, guard and body.
pub fn walk_match_case<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, case: &'a MatchCase) {
    visitor.visit_pattern(&case.pattern);
    if let Some(guard) = &case.guard {
        visitor.visit_expr(guard);
    }
    visitor.visit_body(&case.body);
}

/// Visits a comprehension clause's target, iterable and conditions.
pub fn walk_comprehension<'a, V: Visitor<'a> + ?Sized>(
    visitor: &mut V,
    comprehension: &'a Comprehension,
) {
    visitor.visit_expr(&comprehension.target);
    visitor.visit_expr(&comprehension.iter);
    visit_exprs(visitor, &comprehension.ifs);
}
