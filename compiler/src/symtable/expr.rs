//! The first pass over expressions (CPython's `symtable_visit_expr`):
//! names, lambdas, comprehensions and the assignment expressions inside
//! them, `yield` and `await`.

use pyvm_ast::{
    Comprehension, Expr, ExprAwait, ExprCall, ExprCompare, ExprContext, ExprDict, ExprDictComp,
    ExprFormattedValue, ExprGeneratorExp, ExprIfExp, ExprLambda, ExprListComp, ExprName,
    ExprNamedExpr, ExprSetComp, ExprSlice,
};
use pyvm_source::Span;

use super::builder::{error, Block, Builder, Visit};
use super::flags::SymbolFlags;
use super::table::ScopeKind;
use crate::error::{CompileErrorKind, ComprehensionKind};

/// The parts of a comprehension, whatever its kind.
struct ComprehensionParts<'a> {
    kind: ComprehensionKind,
    span: Span,
    node: usize,
    generators: &'a [Comprehension],
    elt: &'a Expr,
    /// The value of a dict comprehension (`elt` is its key).
    value: Option<&'a Expr>,
}

impl<'a> Builder<'a> {
    /// CPython's `symtable_visit_expr`.
    ///
    /// Names and constants, most expressions, are leaves: they are handled
    /// here, in the caller's frame. (Visiting one counts a level of nesting
    /// and uncounts it, which matters only if that reaches the limit.)
    #[inline(always)]
    pub(super) fn visit_expr(&mut self, expr: &'a Expr) -> Visit {
        if self.below_recursion_limit() {
            match expr {
                Expr::Name(e) => return self.visit_name(e),
                Expr::Constant(_) => return Ok(()),
                _ => {}
            }
        }
        self.visit_nested_expr(expr)
    }

    /// [`Builder::visit_expr`] for any expression, one level of nesting
    /// deeper.
    ///
    /// Each arm is a single call: the walk recurses once per level of
    /// nesting, so this frame must stay small (a debug build lays out every
    /// arm's temporaries side by side).
    fn visit_nested_expr(&mut self, expr: &'a Expr) -> Visit {
        self.descend(|| expr.span())?;
        match expr {
            Expr::NamedExpr(e) => self.visit_named_expr(e),
            Expr::BoolOp(e) => self.visit_exprs(&e.values),
            Expr::BinOp(e) => self.visit_two(&e.left, &e.right),
            Expr::UnaryOp(e) => self.visit_expr(&e.operand),
            Expr::Lambda(e) => self.visit_lambda(e),
            Expr::IfExp(e) => self.visit_if_exp(e),
            Expr::Dict(e) => self.visit_dict(e),
            Expr::Set(e) => self.visit_exprs(&e.elts),
            Expr::GeneratorExp(e) => self.visit_generator_exp(e),
            Expr::ListComp(e) => self.visit_list_comp(e),
            Expr::SetComp(e) => self.visit_set_comp(e),
            Expr::DictComp(e) => self.visit_dict_comp(e),
            Expr::Yield(e) => self.visit_yield(e.value.as_deref(), e.span),
            Expr::YieldFrom(e) => self.visit_yield(Some(&e.value), e.span),
            Expr::Await(e) => self.visit_await(e),
            Expr::Compare(e) => self.visit_compare(e),
            Expr::Call(e) => self.visit_call(e),
            Expr::FormattedValue(e) => self.visit_formatted_value(e),
            Expr::JoinedStr(e) => self.visit_exprs(&e.values),
            Expr::Constant(_) => Ok(()),
            Expr::Attribute(e) => self.visit_expr(&e.value),
            Expr::Subscript(e) => self.visit_two(&e.value, &e.slice),
            Expr::Starred(e) => self.visit_expr(&e.value),
            Expr::Slice(e) => self.visit_slice(e),
            Expr::Name(e) => self.visit_name(e),
            Expr::List(e) => self.visit_exprs(&e.elts),
            Expr::Tuple(e) => self.visit_exprs(&e.elts),
        }?;
        self.ascend();
        Ok(())
    }

    fn visit_two(&mut self, first: &'a Expr, second: &'a Expr) -> Visit {
        self.visit_expr(first)?;
        self.visit_expr(second)
    }

    fn visit_lambda(&mut self, e: &'a ExprLambda) -> Visit {
        self.visit_defaults(&e.args)?;
        let key = e as *const _ as usize;
        self.enter_block(Block::Scope(ScopeKind::Lambda), "lambda", e.span, key);
        self.visit_parameters(&e.args)?;
        self.visit_expr(&e.body)?;
        self.exit_block();
        Ok(())
    }

    fn visit_if_exp(&mut self, e: &'a ExprIfExp) -> Visit {
        self.visit_expr(&e.test)?;
        self.visit_expr(&e.body)?;
        self.visit_expr(&e.orelse)
    }

    fn visit_dict(&mut self, e: &'a ExprDict) -> Visit {
        for key in e.keys.iter().flatten() {
            self.visit_expr(key)?;
        }
        self.visit_exprs(&e.values)
    }

    fn visit_generator_exp(&mut self, e: &'a ExprGeneratorExp) -> Visit {
        self.visit_comprehension(&ComprehensionParts {
            kind: ComprehensionKind::Generator,
            span: e.span,
            node: e as *const _ as usize,
            generators: &e.generators,
            elt: &e.elt,
            value: None,
        })
    }

    fn visit_list_comp(&mut self, e: &'a ExprListComp) -> Visit {
        self.visit_comprehension(&ComprehensionParts {
            kind: ComprehensionKind::List,
            span: e.span,
            node: e as *const _ as usize,
            generators: &e.generators,
            elt: &e.elt,
            value: None,
        })
    }

    fn visit_set_comp(&mut self, e: &'a ExprSetComp) -> Visit {
        self.visit_comprehension(&ComprehensionParts {
            kind: ComprehensionKind::Set,
            span: e.span,
            node: e as *const _ as usize,
            generators: &e.generators,
            elt: &e.elt,
            value: None,
        })
    }

    fn visit_dict_comp(&mut self, e: &'a ExprDictComp) -> Visit {
        self.visit_comprehension(&ComprehensionParts {
            kind: ComprehensionKind::Dict,
            span: e.span,
            node: e as *const _ as usize,
            generators: &e.generators,
            elt: &e.key,
            value: Some(&e.value),
        })
    }

    /// `yield` or `yield from`: marks the block a generator; in a
    /// comprehension it is an error.
    fn visit_yield(&mut self, value: Option<&'a Expr>, span: Span) -> Visit {
        self.forbid_in_annotation("yield expression", span)?;
        if let Some(value) = value {
            self.visit_expr(value)?;
        }
        self.cur_scope().generator = true;
        match self.current_comprehension() {
            Some(comprehension) => error(
                CompileErrorKind::YieldInComprehension { comprehension },
                span,
            ),
            None => Ok(()),
        }
    }

    fn visit_await(&mut self, e: &'a ExprAwait) -> Visit {
        self.forbid_in_annotation("await expression", e.span)?;
        self.visit_expr(&e.value)?;
        self.cur_scope().coroutine = true;
        Ok(())
    }

    fn visit_compare(&mut self, e: &'a ExprCompare) -> Visit {
        self.visit_expr(&e.left)?;
        self.visit_exprs(&e.comparators)
    }

    fn visit_call(&mut self, e: &'a ExprCall) -> Visit {
        self.visit_expr(&e.func)?;
        self.visit_exprs(&e.args)?;
        e.keywords
            .iter()
            .try_for_each(|keyword| self.visit_expr(&keyword.value))
    }

    fn visit_formatted_value(&mut self, e: &'a ExprFormattedValue) -> Visit {
        self.visit_expr(&e.value)?;
        if let Some(spec) = &e.format_spec {
            self.visit_expr(spec)?;
        }
        Ok(())
    }

    fn visit_slice(&mut self, e: &'a ExprSlice) -> Visit {
        for part in [&e.lower, &e.upper, &e.step].into_iter().flatten() {
            self.visit_expr(part)?;
        }
        Ok(())
    }

    fn visit_name(&mut self, e: &'a ExprName) -> Visit {
        let name: &'a str = &e.id;
        let flag = if e.ctx != ExprContext::Load {
            SymbolFlags::DEF_LOCAL
        } else if name == "super" {
            return self.visit_super(e);
        } else {
            SymbolFlags::USE
        };
        self.record(name, flag, self.cur(), e.span)
    }

    /// A read of `super`: in a function, also a use of `__class__`, as
    /// `super()` needs the `__class__` cell.
    #[inline(never)]
    fn visit_super(&mut self, e: &'a ExprName) -> Visit {
        self.add_def(&e.id, SymbolFlags::USE, e.span)?;
        if self.scopes[self.cur()].is_function_block() {
            self.add_def("__class__", SymbolFlags::USE, e.span)?;
        }
        Ok(())
    }

    /// `yield`, `await` and `:=` cannot appear in a deferred annotation
    /// (CPython's `symtable_raise_if_annotation_block`).
    fn forbid_in_annotation(&mut self, what: &'static str, span: Span) -> Visit {
        if self.scopes[self.cur()].kind == Block::Annotation {
            return error(CompileErrorKind::NotAllowedInAnnotation { what }, span);
        }
        Ok(())
    }

    /// CPython's `symtable_handle_comprehension`: the first iterable in the
    /// enclosing block, everything else in the comprehension's own, which
    /// receives the first iterator as its parameter `.0`.
    fn visit_comprehension(&mut self, parts: &ComprehensionParts<'a>) -> Visit {
        let Some((outermost, rest)) = parts.generators.split_first() else {
            return error(CompileErrorKind::ComprehensionWithoutGenerators, parts.span);
        };
        self.change_comp_iter_expr(true);
        self.visit_expr(&outermost.iter)?;
        self.change_comp_iter_expr(false);
        let name = match parts.kind {
            ComprehensionKind::List => "listcomp",
            ComprehensionKind::Set => "setcomp",
            ComprehensionKind::Dict => "dictcomp",
            ComprehensionKind::Generator => "genexpr",
        };
        let kind = Block::Scope(ScopeKind::Comprehension(parts.kind));
        self.enter_block(kind, name, parts.span, parts.node);
        if outermost.is_async {
            self.cur_scope().coroutine = true;
        }
        self.add_def(".0", SymbolFlags::DEF_PARAM, parts.span)?;
        self.set_comp_iter_target(true);
        self.visit_expr(&outermost.target)?;
        self.set_comp_iter_target(false);
        self.visit_exprs(&outermost.ifs)?;
        for generator in rest {
            self.visit_generator(generator)?;
        }
        if let Some(value) = parts.value {
            self.visit_expr(value)?;
        }
        self.visit_expr(parts.elt)?;
        let is_generator = parts.kind == ComprehensionKind::Generator;
        let scope = self.cur_scope();
        scope.generator = is_generator;
        // An asynchronous list, set or dict comprehension is awaited where
        // it is built, which makes the enclosing function a coroutine.
        let is_async = scope.coroutine && !is_generator;
        self.exit_block();
        if is_async {
            self.cur_scope().coroutine = true;
        }
        Ok(())
    }

    /// CPython's `symtable_visit_comprehension`: a `for … in … if …`
    /// clause after the first.
    fn visit_generator(&mut self, generator: &'a Comprehension) -> Visit {
        self.set_comp_iter_target(true);
        self.visit_expr(&generator.target)?;
        self.set_comp_iter_target(false);
        self.change_comp_iter_expr(true);
        self.visit_expr(&generator.iter)?;
        self.change_comp_iter_expr(false);
        self.visit_exprs(&generator.ifs)?;
        if generator.is_async {
            self.cur_scope().coroutine = true;
        }
        Ok(())
    }

    /// CPython's `symtable_handle_namedexpr`.
    fn visit_named_expr(&mut self, e: &'a ExprNamedExpr) -> Visit {
        self.forbid_in_annotation("named expression", e.span)?;
        if self.comp_iter_expr() > 0 {
            return error(CompileErrorKind::NamedExprInComprehensionIterable, e.span);
        }
        if self.current_comprehension().is_some() {
            if let Expr::Name(target) = &*e.target {
                self.extend_named_expr_scope(target)?;
            }
        }
        self.visit_expr(&e.value)?;
        self.visit_expr(&e.target)
    }

    /// CPython's `symtable_extend_namedexpr_scope`: the target of `:=` in a
    /// comprehension binds in the nearest enclosing function (as a
    /// nonlocal of the comprehension) or module (as a global); never in a
    /// class, and never over an iteration variable.
    fn extend_named_expr_scope(&mut self, target: &'a ExprName) -> Visit {
        let name = &*target.id;
        let span = target.span;
        // CPython looks the name up unmangled here.
        let unmangled = self.unmangled(name);
        for depth in (0..self.stack().len()).rev() {
            let id = self.stack()[depth];
            let flags = self.flags_in(id, unmangled);
            let ste = &self.scopes[id];
            if ste.comprehension().is_some() {
                if flags.contains(SymbolFlags::DEF_COMP_ITER) {
                    let kind =
                        CompileErrorKind::NamedExprRebindsIterationVariable { name: name.into() };
                    return error(kind, span);
                }
                continue;
            }
            match ste.kind {
                Block::Scope(kind) if kind.is_function_like() => {
                    let flag = if flags.contains(SymbolFlags::DEF_GLOBAL) {
                        SymbolFlags::DEF_GLOBAL
                    } else {
                        SymbolFlags::DEF_NONLOCAL
                    };
                    self.add_def(name, flag, span)?;
                    self.record_directive(name, span);
                    return self.add_def_in(name, SymbolFlags::DEF_LOCAL, id, span);
                }
                Block::Scope(ScopeKind::Module) => {
                    self.add_def(name, SymbolFlags::DEF_GLOBAL, span)?;
                    self.record_directive(name, span);
                    return self.add_def_in(name, SymbolFlags::DEF_GLOBAL, id, span);
                }
                Block::Scope(ScopeKind::Class) => {
                    return error(CompileErrorKind::NamedExprInClassComprehension, span);
                }
                _ => {}
            }
        }
        unreachable!("the module block is always open")
    }
}
