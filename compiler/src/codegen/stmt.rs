//! Statements: the dispatch, loops, `if`, `return`/`break`/`continue`,
//! imports and `assert` (CPython's `compiler_visit_stmt` and friends).

use pyvm_ast::{
    Alias, Expr, Stmt, StmtAssert, StmtAsyncFor, StmtFor, StmtIf, StmtImport, StmtImportFrom,
    StmtReturn, StmtWhile,
};
use pyvm_bytecode::{Constant, Instruction, Int};

use super::unit::{BlockDatum, BlockKind, BlockOp};
use super::{string_constant, Compiler, Result};
use crate::error::CompileErrorKind;
use crate::symtable::ScopeKind;

impl<'a> Compiler<'a> {
    pub(super) fn stmt(&mut self, stmt: &'a Stmt) -> Result {
        self.set_span(stmt.span());
        match stmt {
            Stmt::FunctionDef(s) => self.function_def(s),
            Stmt::AsyncFunctionDef(s) => self.async_function_def(s),
            Stmt::ClassDef(s) => self.class_def(s),
            Stmt::Return(s) => self.return_stmt(s),
            Stmt::Delete(s) => {
                for target in &s.targets {
                    self.expr(target)?;
                }
                Ok(())
            }
            Stmt::Assign(s) => {
                self.expr(&s.value)?;
                let last = s.targets.len().saturating_sub(1);
                for (index, target) in s.targets.iter().enumerate() {
                    if index < last {
                        self.emit(Instruction::Copy { depth: 1 });
                    }
                    self.expr(target)?;
                }
                Ok(())
            }
            Stmt::AugAssign(s) => self.aug_assign(s),
            Stmt::AnnAssign(s) => self.ann_assign(s),
            Stmt::For(s) => self.for_stmt(s),
            Stmt::AsyncFor(s) => self.async_for(s),
            Stmt::While(s) => self.while_stmt(s),
            Stmt::If(s) => self.if_stmt(s),
            Stmt::With(s) => self.with(&s.items, &s.body, s.span, false),
            Stmt::AsyncWith(s) => {
                if self.scope().kind != ScopeKind::AsyncFunction {
                    return self.error(CompileErrorKind::AsyncWithOutsideAsyncFunction);
                }
                self.with(&s.items, &s.body, s.span, true)
            }
            Stmt::Match(s) => self.match_stmt(s),
            Stmt::Raise(s) => {
                let mut count = 0;
                if let Some(exc) = &s.exc {
                    self.expr(exc)?;
                    count += 1;
                    if let Some(cause) = &s.cause {
                        self.expr(cause)?;
                        count += 1;
                    }
                }
                self.emit(Instruction::RaiseVarargs { count });
                Ok(())
            }
            Stmt::Try(s) => {
                if s.finalbody.is_empty() {
                    self.try_except(&s.body, &s.handlers, &s.orelse)
                } else {
                    self.try_finally(&s.body, &s.handlers, &s.orelse, &s.finalbody, false)
                }
            }
            Stmt::TryStar(s) => {
                if s.finalbody.is_empty() {
                    self.try_star_except(&s.body, &s.handlers, &s.orelse)
                } else {
                    self.try_finally(&s.body, &s.handlers, &s.orelse, &s.finalbody, true)
                }
            }
            Stmt::Assert(s) => self.assert_stmt(s),
            Stmt::Import(s) => self.import(s),
            Stmt::ImportFrom(s) => self.import_from(s),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(s) => {
                if self.interactive && self.open == 1 {
                    self.expr(&s.value)?;
                    self.emit(Instruction::PrintExpr);
                } else if !matches!(*s.value, Expr::Constant(_)) {
                    self.expr(&s.value)?;
                    self.emit(Instruction::PopTop);
                }
                Ok(())
            }
            Stmt::Break(_) => self.break_stmt(),
            Stmt::Continue(_) => self.continue_stmt(),
        }
    }

    /// CPython's `compiler_return`.
    fn return_stmt(&mut self, s: &'a StmtReturn) -> Result {
        let scope = self.scope();
        if !scope.kind.is_function_like() {
            return self.error(CompileErrorKind::ReturnOutsideFunction);
        }
        if s.value.is_some() && scope.is_coroutine && scope.is_generator {
            return self.error(CompileErrorKind::ReturnWithValueInAsyncGenerator);
        }
        let constant = match s.value.as_deref() {
            None => Some(Constant::None),
            Some(Expr::Constant(c)) => Some(super::constant(&c.value)),
            Some(_) => None,
        };
        let preserve_top = constant.is_none();
        if let (Some(value), true) = (&s.value, preserve_top) {
            self.expr(value)?;
        }
        // What follows is placed at the value when it is on the statement's
        // line, as CPython's `compiler_return` leaves it.
        match &s.value {
            Some(value) if self.file.same_line(value.span().start, s.span.start) => {
                self.set_span(value.span())
            }
            _ => self.set_span(s.span),
        }
        self.unwind_blocks(preserve_top, false)?;
        if let Some(value) = constant {
            self.load_const(value);
        }
        self.emit(Instruction::ReturnValue);
        Ok(())
    }

    fn break_stmt(&mut self) -> Result {
        let Some(lp) = self.unwind_blocks(false, true)? else {
            return self.error(CompileErrorKind::BreakOutsideLoop);
        };
        self.unwind_block(&lp, false)?;
        self.jump(lp.exit.expect("loops have an exit"));
        Ok(())
    }

    fn continue_stmt(&mut self) -> Result {
        let Some(lp) = self.unwind_blocks(false, true)? else {
            return self.error(CompileErrorKind::ContinueNotInLoop);
        };
        self.jump(lp.start);
        Ok(())
    }

    fn if_stmt(&mut self, s: &'a StmtIf) -> Result {
        let end = self.new_label();
        let next = if s.orelse.is_empty() {
            end
        } else {
            self.new_label()
        };
        self.jump_if(&s.test, next, false)?;
        self.body_stmts(&s.body)?;
        if !s.orelse.is_empty() {
            self.jump(end);
            self.bind(next);
            self.body_stmts(&s.orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    pub(super) fn body_stmts(&mut self, body: &'a [Stmt]) -> Result {
        for stmt in body {
            self.stmt(stmt)?;
        }
        Ok(())
    }

    /// `while`: the test at the top, a backward jump at the bottom (CPython
    /// 3.11 repeats the test at the bottom instead; pyvm's conditional
    /// jumps only go forward).
    fn while_stmt(&mut self, s: &'a StmtWhile) -> Result {
        let top = self.new_label();
        let anchor = self.new_label();
        let exit = self.new_label();
        self.bind(top);
        self.push_block(BlockKind::WhileLoop, top, Some(exit), BlockDatum::None)?;
        self.jump_if(&s.test, anchor, false)?;
        self.body_stmts(&s.body)?;
        self.set_span(s.span);
        self.jump(top);
        self.pop_block();
        self.bind(anchor);
        self.body_stmts(&s.orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// CPython's `compiler_for`.
    fn for_stmt(&mut self, s: &'a StmtFor) -> Result {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&s.iter)?;
        self.set_span(s.span);
        self.emit(Instruction::GetIter);
        self.bind(start);
        self.push_block(BlockKind::ForLoop, start, Some(end), BlockDatum::None)?;
        self.emit(Instruction::ForIter { target: cleanup });
        self.expr(&s.target)?;
        self.body_stmts(&s.body)?;
        self.set_span(s.span);
        self.jump(start);
        self.bind(cleanup);
        self.pop_block();
        self.body_stmts(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// CPython's `compiler_async_for`.
    fn async_for(&mut self, s: &'a StmtAsyncFor) -> Result {
        if self.scope().kind != ScopeKind::AsyncFunction {
            return self.error(CompileErrorKind::AsyncForOutsideAsyncFunction);
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(&s.iter)?;
        self.set_span(s.span);
        self.emit(Instruction::GetAiter);
        self.bind(start);
        self.push_block(BlockKind::ForLoop, start, Some(end), BlockDatum::None)?;
        self.emit_block_op(BlockOp::SetupFinally(except));
        self.emit(Instruction::GetAnext);
        self.load_const(Constant::None);
        self.yield_from();
        self.emit_block_op(BlockOp::PopBlock);
        self.expr(&s.target)?;
        self.body_stmts(&s.body)?;
        self.set_span(s.span);
        self.jump(start);
        self.pop_block();
        self.bind(except);
        self.set_span(s.iter.span());
        self.emit(Instruction::EndAsyncFor);
        self.body_stmts(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// CPython's `compiler_assert`.
    fn assert_stmt(&mut self, s: &'a StmtAssert) -> Result {
        if self.optimize > 0 {
            return Ok(());
        }
        let end = self.new_label();
        // The raise keeps the position `jump_if` leaves: the test's when it
        // is a comparison, else the statement's (CPython's `compiler_assert`).
        self.jump_if(&s.test, end, true)?;
        self.emit(Instruction::LoadAssertionError);
        if let Some(msg) = &s.msg {
            self.expr(msg)?;
            self.emit(Instruction::Call { argc: 0 });
        }
        self.emit(Instruction::RaiseVarargs { count: 1 });
        self.bind(end);
        Ok(())
    }

    /// CPython's `compiler_import`.
    fn import(&mut self, s: &'a StmtImport) -> Result {
        for Alias { name, asname, .. } in &s.names {
            self.load_const(Constant::Int(Int::Small(0)));
            self.load_const(Constant::None);
            let module = self.name_index(name);
            self.emit(Instruction::ImportName { name: module });
            match asname {
                Some(asname) => self.import_as(name, asname)?,
                None => {
                    let top = name.split('.').next().unwrap_or(name);
                    self.store_name(top)?;
                }
            }
        }
        Ok(())
    }

    /// Binds `import a.b.c as d`: the submodule, through each attribute.
    fn import_as(&mut self, name: &str, asname: &'a str) -> Result {
        let mut parts = name.split('.');
        parts.next();
        let attrs: Vec<&str> = parts.collect();
        if attrs.is_empty() {
            return self.store_name(asname);
        }
        for (index, attr) in attrs.iter().enumerate() {
            let attr = self.name_index(attr);
            self.emit(Instruction::ImportFrom { name: attr });
            if index + 1 < attrs.len() {
                self.emit(Instruction::Swap { depth: 2 });
                self.emit(Instruction::PopTop);
            }
        }
        self.store_name(asname)?;
        self.emit(Instruction::PopTop);
        Ok(())
    }

    /// CPython's `compiler_from_import`.
    fn import_from(&mut self, s: &'a StmtImportFrom) -> Result {
        self.load_const(Constant::Int(Int::Small(i64::from(s.level))));
        let names = s
            .names
            .iter()
            .map(|alias| string_constant(&alias.name))
            .collect();
        if s.module.as_deref() == Some("__future__")
            && self.file.line_col(s.span.start).line > self.future_lineno
        {
            return self.error(CompileErrorKind::LateFutureImport);
        }
        self.load_const(Constant::Tuple(names));
        let module = self.name_index(s.module.as_deref().unwrap_or(""));
        self.emit(Instruction::ImportName { name: module });
        for (index, alias) in s.names.iter().enumerate() {
            if index == 0 && alias.name.starts_with('*') {
                self.emit(Instruction::ImportStar);
                return Ok(());
            }
            let name = self.name_index(&alias.name);
            self.emit(Instruction::ImportFrom { name });
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(store)?;
        }
        self.emit(Instruction::PopTop);
        Ok(())
    }
}
