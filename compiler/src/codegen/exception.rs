//! `try`, `except`, `except*`, `finally` and `with`, with the block
//! pseudo-instructions that become the exception table (CPython's
//! `compiler_try_except`, `compiler_try_star_except`,
//! `compiler_try_finally`, `compiler_with` and `compiler_async_with`).

use pyvm_ast::{ExceptHandler, ExceptHandlerExceptHandler, ExprContext, Stmt, WithItem};
use pyvm_bytecode::{Constant, Instruction};
use pyvm_source::Span;

use super::unit::{BlockDatum, BlockKind, BlockOp};
use super::{Compiler, Result};
use crate::error::CompileErrorKind;

impl<'a> Compiler<'a> {
    /// `try: body except …: … else: orelse`.
    pub(super) fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result {
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_block_op(BlockOp::SetupFinally(except));
        self.bind(start);
        self.push_block(BlockKind::TryExcept, start, None, BlockDatum::None)?;
        self.body_stmts(body)?;
        self.pop_block();
        self.emit_block_op(BlockOp::PopBlock);
        self.body_stmts(orelse)?;
        self.jump(end);

        self.bind(except);
        self.emit_block_op(BlockOp::SetupCleanup(cleanup));
        self.emit(Instruction::PushExcInfo);
        self.push_block(BlockKind::ExceptionHandler, except, None, BlockDatum::None)?;
        for (index, handler) in handlers.iter().enumerate() {
            let ExceptHandler::ExceptHandler(ExceptHandlerExceptHandler {
                span,
                type_,
                name,
                body,
            }) = handler;
            self.set_span(*span);
            if type_.is_none() && index + 1 < handlers.len() {
                return self.error(CompileErrorKind::DefaultExceptNotLast);
            }
            let next = self.new_label();
            if let Some(type_) = type_ {
                self.expr(type_)?;
                self.emit(Instruction::CheckExcMatch);
                self.emit(Instruction::PopJumpIfFalse { target: next });
            }
            match name {
                Some(name) => {
                    let cleanup_end = self.new_label();
                    let cleanup_body = self.new_label();
                    self.name_op(name, ExprContext::Store)?;
                    self.emit_block_op(BlockOp::SetupCleanup(cleanup_end));
                    self.bind(cleanup_body);
                    self.push_block(
                        BlockKind::HandlerCleanup,
                        cleanup_body,
                        None,
                        BlockDatum::Name(name),
                    )?;
                    self.body_stmts(body)?;
                    self.pop_block();
                    self.emit_block_op(BlockOp::PopBlock);
                    self.emit_block_op(BlockOp::PopBlock);
                    self.emit(Instruction::PopExcept);
                    self.clear_name(name)?;
                    self.jump(end);

                    self.bind(cleanup_end);
                    self.clear_name(name)?;
                    self.emit(Instruction::Reraise { depth: 1 });
                }
                None => {
                    let cleanup_body = self.new_label();
                    self.emit(Instruction::PopTop);
                    self.bind(cleanup_body);
                    self.push_block(
                        BlockKind::HandlerCleanup,
                        cleanup_body,
                        None,
                        BlockDatum::None,
                    )?;
                    self.body_stmts(body)?;
                    self.pop_block();
                    self.emit_block_op(BlockOp::PopBlock);
                    self.emit(Instruction::PopExcept);
                    self.jump(end);
                }
            }
            self.bind(next);
        }
        self.pop_block();
        self.emit(Instruction::Reraise { depth: 0 });
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` after an `except … as name` body.
    fn clear_name(&mut self, name: &'a str) -> Result {
        self.load_const(Constant::None);
        self.name_op(name, ExprContext::Store)?;
        self.name_op(name, ExprContext::Del)
    }

    /// CPython's `POP_EXCEPT_AND_RERAISE`.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Instruction::Copy { depth: 3 });
        self.emit(Instruction::PopExcept);
        self.emit(Instruction::Reraise { depth: 1 });
    }

    /// `try: … finally: finalbody`, with handlers or not.
    pub(super) fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> Result {
        let start = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.emit_block_op(BlockOp::SetupFinally(end));
        self.bind(start);
        self.push_block(
            BlockKind::FinallyTry,
            start,
            Some(end),
            BlockDatum::FinalBody(finalbody),
        )?;
        if handlers.is_empty() {
            self.body_stmts(body)?;
        } else if star {
            self.try_star_except(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.emit_block_op(BlockOp::PopBlock);
        self.pop_block();
        self.body_stmts(finalbody)?;
        self.jump(exit);

        self.bind(end);
        self.emit_block_op(BlockOp::SetupCleanup(cleanup));
        self.emit(Instruction::PushExcInfo);
        self.push_block(BlockKind::FinallyEnd, end, None, BlockDatum::None)?;
        self.body_stmts(finalbody)?;
        self.pop_block();
        self.emit(Instruction::Reraise { depth: 0 });
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    /// `try: body except* …: … else: orelse` (CPython's
    /// `compiler_try_star_except`): the handlers split the exception group
    /// in turn; what they raise and what none matched is re-raised together.
    pub(super) fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result {
        let start = self.new_label();
        let except = self.new_label();
        let orelse_label = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.emit_block_op(BlockOp::SetupFinally(except));
        self.bind(start);
        self.push_block(BlockKind::TryExcept, start, None, BlockDatum::None)?;
        self.body_stmts(body)?;
        self.pop_block();
        self.emit_block_op(BlockOp::PopBlock);
        self.jump(orelse_label);

        self.bind(except);
        self.emit_block_op(BlockOp::SetupCleanup(cleanup));
        self.emit(Instruction::PushExcInfo);
        self.push_block(
            BlockKind::ExceptionGroupHandler,
            except,
            None,
            BlockDatum::None,
        )?;
        let count = handlers.len();
        for (index, handler) in handlers.iter().enumerate() {
            let ExceptHandler::ExceptHandler(ExceptHandlerExceptHandler {
                span,
                type_,
                name,
                body,
            }) = handler;
            self.set_span(*span);
            let next = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if index == 0 {
                // [exc] -> [orig, [], exc]: the group, and a list for what
                // the handlers raise.
                self.emit(Instruction::Copy { depth: 1 });
                self.emit(Instruction::BuildList { count: 0 });
                self.emit(Instruction::Swap { depth: 2 });
            }
            // Without a type the stack would not hold what the handler
            // pops (CPython's compiler has the same hole, which its parser
            // closes).
            let Some(type_) = type_ else {
                return self.error(CompileErrorKind::ExceptStarWithoutType);
            };
            self.expr(type_)?;
            self.emit(Instruction::CheckEgMatch);
            self.emit(Instruction::Copy { depth: 1 });
            self.emit(Instruction::PopJumpIfNone { target: no_match });
            let cleanup_end = self.new_label();
            let cleanup_body = self.new_label();
            match name {
                Some(name) => self.name_op(name, ExprContext::Store)?,
                None => self.emit(Instruction::PopTop),
            }
            self.emit_block_op(BlockOp::SetupCleanup(cleanup_end));
            self.bind(cleanup_body);
            let datum = match name {
                Some(name) => BlockDatum::Name(name),
                None => BlockDatum::None,
            };
            self.push_block(BlockKind::HandlerCleanup, cleanup_body, None, datum)?;
            self.body_stmts(body)?;
            self.pop_block();
            self.emit_block_op(BlockOp::PopBlock);
            if let Some(name) = name {
                self.clear_name(name)?;
            }
            self.jump(next);

            self.bind(cleanup_end);
            if let Some(name) = name {
                self.clear_name(name)?;
            }
            // What the handler raised joins the list; the lasti goes.
            self.emit(Instruction::ListAppend { depth: 3 });
            self.emit(Instruction::PopTop);
            self.jump(except_with_error);

            self.bind(next);
            self.emit(Instruction::Nop);
            self.jump(except_with_error);

            self.bind(no_match);
            self.emit(Instruction::PopTop);

            self.bind(except_with_error);
            if index + 1 == count {
                // The part no handler matched joins the list too.
                self.emit(Instruction::ListAppend { depth: 1 });
                self.jump(reraise_star);
            }
        }
        self.pop_block();
        let reraise = self.new_label();
        self.bind(reraise_star);
        self.emit(Instruction::PrepReraiseStar);
        self.emit(Instruction::Copy { depth: 1 });
        self.emit(Instruction::PopJumpIfNotNone { target: reraise });
        self.emit(Instruction::PopTop);
        self.emit_block_op(BlockOp::PopBlock);
        self.emit(Instruction::PopExcept);
        self.jump(end);
        self.bind(reraise);
        self.emit_block_op(BlockOp::PopBlock);
        self.emit(Instruction::Swap { depth: 2 });
        self.emit(Instruction::PopExcept);
        self.emit(Instruction::Reraise { depth: 0 });
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(orelse_label);
        self.body_stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `with` and `async with`, one item at a time (CPython's
    /// `compiler_with`, `compiler_async_with`).
    pub(super) fn with(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        span: Span,
        is_async: bool,
    ) -> Result {
        let Some((item, rest)) = items.split_first() else {
            return self.body_stmts(body);
        };
        let block = self.new_label();
        let finally = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_span(span);
        if is_async {
            self.emit(Instruction::BeforeAsyncWith);
            self.emit(Instruction::GetAwaitable { kind: 1 });
            self.load_const(Constant::None);
            self.yield_from();
        } else {
            self.emit(Instruction::BeforeWith);
        }
        self.emit_block_op(BlockOp::SetupWith(finally));
        self.bind(block);
        let kind = if is_async {
            BlockKind::AsyncWith
        } else {
            BlockKind::With
        };
        self.push_block(kind, block, Some(finally), BlockDatum::With(span))?;
        match &item.optional_vars {
            Some(target) => self.expr(target)?,
            None => self.emit(Instruction::PopTop),
        }
        if rest.is_empty() {
            self.body_stmts(body)?;
        } else {
            self.with(rest, body, span, is_async)?;
        }
        self.set_span(span);
        self.emit_block_op(BlockOp::PopBlock);
        self.pop_block();
        // Success: `__exit__(None, None, None)`.
        self.call_exit_with_nones();
        if is_async {
            self.emit(Instruction::GetAwaitable { kind: 2 });
            self.load_const(Constant::None);
            self.yield_from();
        }
        self.emit(Instruction::PopTop);
        self.jump(exit);

        // An exception: `__exit__(type, value, traceback)` decides.
        self.bind(finally);
        self.emit_block_op(BlockOp::SetupCleanup(cleanup));
        self.emit(Instruction::PushExcInfo);
        self.emit(Instruction::WithExceptStart);
        if is_async {
            self.emit(Instruction::GetAwaitable { kind: 2 });
            self.load_const(Constant::None);
            self.yield_from();
        }
        self.with_except_finish(cleanup);
        self.bind(exit);
        Ok(())
    }

    /// CPython's `compiler_with_except_finish`: re-raise unless `__exit__`
    /// returned true.
    fn with_except_finish(&mut self, cleanup: pyvm_bytecode::Label) {
        let suppressed = self.new_label();
        self.emit(Instruction::PopJumpIfTrue { target: suppressed });
        self.emit(Instruction::Reraise { depth: 2 });
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(suppressed);
        self.emit(Instruction::PopTop);
        self.emit_block_op(BlockOp::PopBlock);
        self.emit(Instruction::PopExcept);
        self.emit(Instruction::PopTop);
        self.emit(Instruction::PopTop);
    }
}
