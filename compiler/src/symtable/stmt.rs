//! The first pass over statements (CPython's `symtable_visit_stmt` and
//! its helpers): `def` and `class`, parameters and annotations, `global`
//! and `nonlocal`, imports, `except` and `with` targets, and patterns.

use pyvm_ast::{
    Alias, Arg, Arguments, ExceptHandler, Expr, MatchCase, Pattern, Stmt, StmtAnnAssign, WithItem,
};
use pyvm_source::Span;

use super::builder::{error, Block, Builder, Visit};
use super::flags::SymbolFlags;
use super::table::ScopeKind;
use crate::error::CompileErrorKind;

impl<'a> Builder<'a> {
    pub(super) fn visit_body(&mut self, body: &'a [Stmt]) -> Visit {
        body.iter().try_for_each(|stmt| self.visit_stmt(stmt))
    }

    /// CPython's `symtable_visit_stmt`.
    fn visit_stmt(&mut self, stmt: &'a Stmt) -> Visit {
        self.descend(|| stmt.span())?;
        self.visit_stmt_inner(stmt)?;
        self.ascend();
        Ok(())
    }

    fn visit_stmt_inner(&mut self, stmt: &'a Stmt) -> Visit {
        match stmt {
            Stmt::FunctionDef(s) => {
                let key = &**s as *const _ as usize;
                let kind = ScopeKind::Function;
                self.visit_function(
                    kind,
                    &s.name,
                    s.span,
                    &s.args,
                    &s.body,
                    &s.decorator_list,
                    s.returns.as_deref(),
                    key,
                )
            }
            Stmt::AsyncFunctionDef(s) => {
                let key = &**s as *const _ as usize;
                let kind = ScopeKind::AsyncFunction;
                self.visit_function(
                    kind,
                    &s.name,
                    s.span,
                    &s.args,
                    &s.body,
                    &s.decorator_list,
                    s.returns.as_deref(),
                    key,
                )
            }
            Stmt::ClassDef(s) => {
                self.add_def(&s.name, SymbolFlags::DEF_LOCAL, s.span)?;
                self.visit_exprs(&s.bases)?;
                for keyword in &s.keywords {
                    self.visit_expr(&keyword.value)?;
                }
                self.visit_exprs(&s.decorator_list)?;
                let key = &**s as *const _ as usize;
                let outer = self.enter_class(&s.name, s.span, key);
                self.visit_body(&s.body)?;
                self.exit_class(outer);
                Ok(())
            }
            Stmt::Return(s) => {
                if let Some(value) = &s.value {
                    self.visit_expr(value)?;
                    self.cur_scope().returns_value = true;
                }
                Ok(())
            }
            Stmt::Delete(s) => self.visit_exprs(&s.targets),
            Stmt::Assign(s) => {
                self.visit_exprs(&s.targets)?;
                self.visit_expr(&s.value)
            }
            Stmt::AnnAssign(s) => self.visit_ann_assign(s),
            Stmt::AugAssign(s) => {
                self.visit_expr(&s.target)?;
                self.visit_expr(&s.value)
            }
            Stmt::For(s) => {
                self.visit_expr(&s.target)?;
                self.visit_expr(&s.iter)?;
                self.visit_body(&s.body)?;
                self.visit_body(&s.orelse)
            }
            Stmt::AsyncFor(s) => {
                self.visit_expr(&s.target)?;
                self.visit_expr(&s.iter)?;
                self.visit_body(&s.body)?;
                self.visit_body(&s.orelse)
            }
            Stmt::While(s) => {
                self.visit_expr(&s.test)?;
                self.visit_body(&s.body)?;
                self.visit_body(&s.orelse)
            }
            Stmt::If(s) => {
                self.visit_expr(&s.test)?;
                self.visit_body(&s.body)?;
                self.visit_body(&s.orelse)
            }
            Stmt::Match(s) => {
                self.visit_expr(&s.subject)?;
                s.cases
                    .iter()
                    .try_for_each(|case| self.visit_match_case(case))
            }
            Stmt::Raise(s) => {
                if let Some(exc) = &s.exc {
                    self.visit_expr(exc)?;
                    if let Some(cause) = &s.cause {
                        self.visit_expr(cause)?;
                    }
                }
                Ok(())
            }
            Stmt::Try(s) => self.visit_try(&s.body, &s.handlers, &s.orelse, &s.finalbody),
            Stmt::TryStar(s) => self.visit_try(&s.body, &s.handlers, &s.orelse, &s.finalbody),
            Stmt::Assert(s) => {
                self.visit_expr(&s.test)?;
                if let Some(msg) = &s.msg {
                    self.visit_expr(msg)?;
                }
                Ok(())
            }
            Stmt::Import(s) => s.names.iter().try_for_each(|alias| self.visit_alias(alias)),
            Stmt::ImportFrom(s) => s.names.iter().try_for_each(|alias| self.visit_alias(alias)),
            Stmt::Global(s) => self.visit_declaration(&s.names, s.span, true),
            Stmt::Nonlocal(s) => self.visit_declaration(&s.names, s.span, false),
            Stmt::Expr(s) => self.visit_expr(&s.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => Ok(()),
            Stmt::With(s) => {
                s.items
                    .iter()
                    .try_for_each(|item| self.visit_with_item(item))?;
                self.visit_body(&s.body)
            }
            Stmt::AsyncWith(s) => {
                s.items
                    .iter()
                    .try_for_each(|item| self.visit_with_item(item))?;
                self.visit_body(&s.body)
            }
        }
    }

    /// A `def` or `async def`: the name, defaults, annotations and
    /// decorators in the enclosing block, then the parameters and body in
    /// the function's own.
    #[allow(clippy::too_many_arguments)]
    fn visit_function(
        &mut self,
        kind: ScopeKind,
        name: &'a str,
        span: Span,
        args: &'a Arguments,
        body: &'a [Stmt],
        decorators: &'a [Expr],
        returns: Option<&'a Expr>,
        key: usize,
    ) -> Visit {
        self.add_def(name, SymbolFlags::DEF_LOCAL, span)?;
        self.visit_defaults(args)?;
        self.visit_annotations(span, args, returns, key)?;
        self.visit_exprs(decorators)?;
        self.enter_block(Block::Scope(kind), name, span, key);
        if kind == ScopeKind::AsyncFunction {
            self.cur_scope().coroutine = true;
        }
        self.visit_parameters(args)?;
        self.visit_body(body)?;
        self.exit_block();
        Ok(())
    }

    /// Parameter defaults, evaluated where the function is defined.
    pub(super) fn visit_defaults(&mut self, args: &'a Arguments) -> Visit {
        self.visit_exprs(&args.defaults)?;
        args.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|default| self.visit_expr(default))
    }

    /// CPython's `symtable_visit_arguments`: the parameters, in the order
    /// of `co_varnames` (positional-only, positional, keyword-only, then
    /// `*args` and `**kwargs`).
    pub(super) fn visit_parameters(&mut self, args: &'a Arguments) -> Visit {
        let count = args.posonlyargs.len()
            + args.args.len()
            + args.kwonlyargs.len()
            + usize::from(args.vararg.is_some())
            + usize::from(args.kwarg.is_some());
        self.cur_scope().varnames.reserve_exact(count);
        for arg in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_parameter(&arg.arg, arg.span)?;
        }
        if let Some(vararg) = &args.vararg {
            self.add_parameter(&vararg.arg, vararg.span)?;
            self.cur_scope().varargs = true;
        }
        if let Some(kwarg) = &args.kwarg {
            self.add_parameter(&kwarg.arg, kwarg.span)?;
            self.cur_scope().varkeywords = true;
        }
        Ok(())
    }

    /// CPython's `symtable_visit_annotations`: parameter annotations (in
    /// an annotation block under `from __future__ import annotations`),
    /// then the return annotation.
    fn visit_annotations(
        &mut self,
        span: Span,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
        key: usize,
    ) -> Visit {
        let deferred = self.future.annotations;
        if deferred {
            self.enter_block(Block::Annotation, "_annotation", span, key);
        }
        fn annotated(arg: &Arg) -> Option<&Expr> {
            arg.annotation.as_deref()
        }
        let positional = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(annotated);
        let star = [args.vararg.as_deref(), args.kwarg.as_deref()];
        let star = star.into_iter().flatten().filter_map(annotated);
        let keyword = args.kwonlyargs.iter().filter_map(annotated);
        for annotation in positional.chain(star).chain(keyword) {
            self.visit_expr(annotation)?;
        }
        if deferred {
            self.exit_block();
        }
        if let Some(returns) = returns {
            self.visit_annotation(returns)?;
        }
        Ok(())
    }

    /// CPython's `symtable_visit_annotation`: one annotation, in its own
    /// annotation block under `from __future__ import annotations`.
    fn visit_annotation(&mut self, annotation: &'a Expr) -> Visit {
        let deferred = self.future.annotations;
        if deferred {
            let key = annotation as *const Expr as usize;
            let span = annotation.span();
            self.enter_block(Block::Annotation, "_annotation", span, key);
        }
        self.visit_expr(annotation)?;
        if deferred {
            self.exit_block();
        }
        Ok(())
    }

    fn visit_ann_assign(&mut self, s: &'a StmtAnnAssign) -> Visit {
        if let Expr::Name(target) = &*s.target {
            let cur = self.lookup(&target.id);
            let declared = cur.intersects(SymbolFlags::DEF_GLOBAL | SymbolFlags::DEF_NONLOCAL);
            if declared && self.cur() != 0 && s.simple {
                let name = Box::from(&*target.id);
                let kind = if cur.contains(SymbolFlags::DEF_GLOBAL) {
                    CompileErrorKind::AnnotatedGlobal { name }
                } else {
                    CompileErrorKind::AnnotatedNonlocal { name }
                };
                return error(kind, s.span);
            }
            if s.simple {
                let flags = SymbolFlags::DEF_ANNOT | SymbolFlags::DEF_LOCAL;
                self.add_def(&target.id, flags, target.span)?;
            } else if s.value.is_some() {
                self.add_def(&target.id, SymbolFlags::DEF_LOCAL, target.span)?;
            }
        } else {
            self.visit_expr(&s.target)?;
        }
        self.visit_annotation(&s.annotation)?;
        if let Some(value) = &s.value {
            self.visit_expr(value)?;
        }
        Ok(())
    }

    fn visit_try(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> Visit {
        self.visit_body(body)?;
        self.visit_body(orelse)?;
        for ExceptHandler::ExceptHandler(handler) in handlers {
            if let Some(type_) = &handler.type_ {
                self.visit_expr(type_)?;
            }
            if let Some(name) = &handler.name {
                self.add_def(name, SymbolFlags::DEF_LOCAL, handler.span)?;
            }
            self.visit_body(&handler.body)?;
        }
        self.visit_body(finalbody)
    }

    /// `global` (`global` is true) or `nonlocal` names: each must not
    /// already be a parameter, used, annotated or assigned in the block.
    fn visit_declaration(
        &mut self,
        names: &'a [pyvm_ast::Identifier],
        span: Span,
        global: bool,
    ) -> Visit {
        for name in names {
            let cur = self.lookup(name);
            let earlier = SymbolFlags::DEF_PARAM
                | SymbolFlags::DEF_LOCAL
                | SymbolFlags::USE
                | SymbolFlags::DEF_ANNOT;
            if cur.intersects(earlier) {
                let name = Box::from(&**name);
                let kind = match (global, cur) {
                    (true, c) if c.contains(SymbolFlags::DEF_PARAM) => {
                        CompileErrorKind::ParameterAndGlobal { name }
                    }
                    (true, c) if c.contains(SymbolFlags::USE) => {
                        CompileErrorKind::UsedBeforeGlobal { name }
                    }
                    (true, c) if c.contains(SymbolFlags::DEF_ANNOT) => {
                        CompileErrorKind::AnnotatedGlobal { name }
                    }
                    (true, _) => CompileErrorKind::AssignedBeforeGlobal { name },
                    (false, c) if c.contains(SymbolFlags::DEF_PARAM) => {
                        CompileErrorKind::ParameterAndNonlocal { name }
                    }
                    (false, c) if c.contains(SymbolFlags::USE) => {
                        CompileErrorKind::UsedBeforeNonlocal { name }
                    }
                    (false, c) if c.contains(SymbolFlags::DEF_ANNOT) => {
                        CompileErrorKind::AnnotatedNonlocal { name }
                    }
                    (false, _) => CompileErrorKind::AssignedBeforeNonlocal { name },
                };
                return error(kind, span);
            }
            let flag = if global {
                SymbolFlags::DEF_GLOBAL
            } else {
                SymbolFlags::DEF_NONLOCAL
            };
            self.add_def(name, flag, span)?;
            self.record_directive(name, span);
        }
        Ok(())
    }

    /// CPython's `symtable_visit_alias`: binds the first part of a dotted
    /// module name (or the `as` name); `*` only at module level.
    fn visit_alias(&mut self, alias: &'a Alias) -> Visit {
        let name = alias.asname.as_deref().unwrap_or(&alias.name);
        if name == "*" {
            if self.scopes[self.cur()].kind != Block::Scope(ScopeKind::Module) {
                return error(CompileErrorKind::ImportStarNotAtModuleLevel, alias.span);
            }
            return Ok(());
        }
        let stored = match name.bytes().position(|b| b == b'.') {
            Some(dot) => &name[..dot],
            None => name,
        };
        self.add_def(stored, SymbolFlags::DEF_IMPORT, alias.span)
    }

    fn visit_with_item(&mut self, item: &'a WithItem) -> Visit {
        self.visit_expr(&item.context_expr)?;
        if let Some(vars) = &item.optional_vars {
            self.visit_expr(vars)?;
        }
        Ok(())
    }

    fn visit_match_case(&mut self, case: &'a MatchCase) -> Visit {
        self.visit_pattern(&case.pattern)?;
        if let Some(guard) = &case.guard {
            self.visit_expr(guard)?;
        }
        self.visit_body(&case.body)
    }

    /// CPython's `symtable_visit_pattern`: captures bind in the block.
    fn visit_pattern(&mut self, pattern: &'a Pattern) -> Visit {
        self.descend(|| pattern.span())?;
        match pattern {
            Pattern::MatchValue(p) => self.visit_expr(&p.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(p) => self.visit_patterns(&p.patterns)?,
            Pattern::MatchStar(p) => {
                if let Some(name) = &p.name {
                    self.add_def(name, SymbolFlags::DEF_LOCAL, p.span)?;
                }
            }
            Pattern::MatchMapping(p) => {
                self.visit_exprs(&p.keys)?;
                self.visit_patterns(&p.patterns)?;
                if let Some(rest) = &p.rest {
                    self.add_def(rest, SymbolFlags::DEF_LOCAL, p.span)?;
                }
            }
            Pattern::MatchClass(p) => {
                self.visit_expr(&p.cls)?;
                self.visit_patterns(&p.patterns)?;
                self.visit_patterns(&p.kwd_patterns)?;
            }
            Pattern::MatchAs(p) => {
                if let Some(sub) = &p.pattern {
                    self.visit_pattern(sub)?;
                }
                if let Some(name) = &p.name {
                    self.add_def(name, SymbolFlags::DEF_LOCAL, p.span)?;
                }
            }
            Pattern::MatchOr(p) => self.visit_patterns(&p.patterns)?,
        }
        self.ascend();
        Ok(())
    }

    fn visit_patterns(&mut self, patterns: &'a [Pattern]) -> Visit {
        patterns.iter().try_for_each(|p| self.visit_pattern(p))
    }

    pub(super) fn visit_exprs(&mut self, exprs: &'a [Expr]) -> Visit {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }
}
