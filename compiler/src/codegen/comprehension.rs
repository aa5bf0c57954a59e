//! Comprehensions and generator expressions: each its own function, called
//! with the iterator of its first `for` (CPython's `compiler_comprehension`
//! and the `*_comprehension_generator` functions).

use pyvm_ast::{Comprehension, Expr, ExprDictComp, ExprGeneratorExp, ExprListComp, ExprSetComp};
use pyvm_bytecode::{Constant, Instruction, LocalIdx, MakeFunctionFlags};
use pyvm_source::Span;

use super::unit::{BlockDatum, BlockKind, BlockOp};
use super::{Compiler, Result};
use crate::error::CompileErrorKind;
use crate::symtable::{ScopeKind, ScopeNode};

/// What the innermost loop does with each element.
#[derive(Clone, Copy)]
enum Element<'a> {
    /// Yield it (a generator expression).
    Yield(&'a Expr),
    ListAppend(&'a Expr),
    SetAdd(&'a Expr),
    MapAdd(&'a Expr, &'a Expr),
}

impl<'a> Compiler<'a> {
    pub(super) fn list_comp(&mut self, e: &'a ExprListComp) -> Result {
        let scope = self.scope_of(ScopeNode::ListComp(e));
        self.comprehension(
            scope,
            e.span,
            "<listcomp>",
            &e.generators,
            Element::ListAppend(&e.elt),
        )
    }

    pub(super) fn set_comp(&mut self, e: &'a ExprSetComp) -> Result {
        let scope = self.scope_of(ScopeNode::SetComp(e));
        self.comprehension(
            scope,
            e.span,
            "<setcomp>",
            &e.generators,
            Element::SetAdd(&e.elt),
        )
    }

    pub(super) fn dict_comp(&mut self, e: &'a ExprDictComp) -> Result {
        let scope = self.scope_of(ScopeNode::DictComp(e));
        self.comprehension(
            scope,
            e.span,
            "<dictcomp>",
            &e.generators,
            Element::MapAdd(&e.key, &e.value),
        )
    }

    pub(super) fn generator_exp(&mut self, e: &'a ExprGeneratorExp) -> Result {
        let scope = self.scope_of(ScopeNode::GeneratorExp(e));
        self.comprehension(
            scope,
            e.span,
            "<genexpr>",
            &e.generators,
            Element::Yield(&e.elt),
        )
    }

    fn comprehension(
        &mut self,
        scope: crate::symtable::ScopeId,
        span: Span,
        name: &'a str,
        generators: &'a [Comprehension],
        element: Element<'a>,
    ) -> Result {
        let outer_kind = self.scope().kind;
        let firstlineno = self.file.line_col(span.start).line;
        self.enter_scope(scope, name, firstlineno);
        // The one argument is `.0`, the iterator of the first `for`.
        self.unit().argcount = 1;
        self.set_span(span);
        let is_async = self.scope().is_coroutine;
        let is_generator = matches!(element, Element::Yield(_));
        if is_async
            && !is_generator
            && !matches!(
                outer_kind,
                ScopeKind::AsyncFunction | ScopeKind::Comprehension(_)
            )
        {
            return self.error(CompileErrorKind::AsyncComprehensionOutsideAsyncFunction);
        }
        match element {
            Element::ListAppend(_) => self.emit(Instruction::BuildList { count: 0 }),
            Element::SetAdd(_) => self.emit(Instruction::BuildSet { count: 0 }),
            Element::MapAdd(..) => self.emit(Instruction::BuildMap { count: 0 }),
            Element::Yield(_) => {}
        }
        self.comprehension_generator(generators, 0, 0, element)?;
        if is_generator {
            self.return_none_if_open();
        } else {
            self.emit(Instruction::ReturnValue);
        }
        let code = self.exit_scope();
        self.set_span(span);
        self.make_closure(code, MakeFunctionFlags::empty())?;
        let outermost = &generators[0];
        self.expr(&outermost.iter)?;
        self.set_span(span);
        self.emit(if outermost.is_async {
            Instruction::GetAiter
        } else {
            Instruction::GetIter
        });
        self.emit(Instruction::Call { argc: 0 });
        if is_async && !is_generator {
            self.emit(Instruction::GetAwaitable { kind: 0 });
            self.load_const(Constant::None);
            self.yield_from();
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        element: Element<'a>,
    ) -> Result {
        if generators[index].is_async {
            self.async_comprehension_generator(generators, index, depth, element)
        } else {
            self.sync_comprehension_generator(generators, index, depth, element)
        }
    }

    /// CPython's `compiler_sync_comprehension_generator`.
    fn sync_comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        element: Element<'a>,
    ) -> Result {
        let generator = &generators[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let mut looping = true;
        if index == 0 {
            // The outermost iterator is the argument `.0`.
            self.emit(Instruction::LoadFast { local: LocalIdx(0) });
        } else {
            // `for y in [f(x)]` binds without a loop.
            let single = match &generator.iter {
                Expr::List(list) => Some(&list.elts),
                Expr::Tuple(tuple) => Some(&tuple.elts),
                _ => None,
            };
            if let Some([elt]) = single.map(Vec::as_slice) {
                if !matches!(elt, Expr::Starred(_)) {
                    self.expr(elt)?;
                    looping = false;
                }
            }
            if looping {
                self.expr(&generator.iter)?;
                self.emit(Instruction::GetIter);
            }
        }
        if looping {
            depth += 1;
            self.bind(start);
            self.emit(Instruction::ForIter { target: anchor });
        }
        self.comprehension_body(generators, index, depth, element, if_cleanup)?;
        if looping {
            self.jump(start);
            self.bind(anchor);
        }
        Ok(())
    }

    /// CPython's `compiler_async_comprehension_generator`.
    fn async_comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        element: Element<'a>,
    ) -> Result {
        let generator = &generators[index];
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        if index == 0 {
            self.emit(Instruction::LoadFast { local: LocalIdx(0) });
        } else {
            self.expr(&generator.iter)?;
            self.emit(Instruction::GetAiter);
        }
        self.bind(start);
        self.push_block(
            BlockKind::AsyncComprehensionGenerator,
            start,
            None,
            BlockDatum::None,
        )?;
        self.emit_block_op(BlockOp::SetupFinally(except));
        self.emit(Instruction::GetAnext);
        self.load_const(Constant::None);
        self.yield_from();
        self.emit_block_op(BlockOp::PopBlock);
        self.comprehension_body(generators, index, depth + 1, element, if_cleanup)?;
        self.jump(start);
        self.pop_block();
        self.bind(except);
        self.emit(Instruction::EndAsyncFor);
        Ok(())
    }

    /// Binds the loop target, skips to `if_cleanup` unless every condition
    /// holds, then runs the next loop or the element.
    fn comprehension_body(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        element: Element<'a>,
        if_cleanup: pyvm_bytecode::Label,
    ) -> Result {
        let generator = &generators[index];
        self.expr(&generator.target)?;
        for condition in &generator.ifs {
            self.jump_if(condition, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, element)?;
        } else {
            self.comprehension_element(element, depth)?;
        }
        self.bind(if_cleanup);
        Ok(())
    }

    fn comprehension_element(&mut self, element: Element<'a>, depth: u32) -> Result {
        match element {
            Element::Yield(elt) => {
                self.expr(elt)?;
                self.yield_value();
                self.emit(Instruction::PopTop);
            }
            Element::ListAppend(elt) => {
                self.expr(elt)?;
                self.emit(Instruction::ListAppend { depth: depth + 1 });
            }
            Element::SetAdd(elt) => {
                self.expr(elt)?;
                self.emit(Instruction::SetAdd { depth: depth + 1 });
            }
            Element::MapAdd(key, value) => {
                self.expr(key)?;
                self.expr(value)?;
                self.emit(Instruction::MapAdd { depth: depth + 1 });
            }
        }
        Ok(())
    }
}
