//! `def`, `async def`, `lambda` and `class` (CPython's `compiler_function`,
//! `compiler_lambda`, `compiler_class`, `compiler_make_closure`,
//! `compiler_default_arguments`, `compiler_visit_annotations`).

use std::sync::Arc;

use pyvm_ast::{
    Arg, Arguments, Expr, ExprContext, ExprLambda, Stmt, StmtAsyncFunctionDef, StmtClassDef,
    StmtFunctionDef,
};
use pyvm_bytecode::{CellIdx, CodeObject, Constant, Instruction, MakeFunctionFlags};
use pyvm_source::Span;

use super::{docstring, string_constant, Compiler, Result};
use crate::error::CompileErrorKind;
use crate::symtable::{ScopeNode, SymbolScope};

/// What a `def` and an `async def` share.
struct FunctionParts<'a> {
    span: Span,
    name: &'a str,
    args: &'a Arguments,
    body: &'a [Stmt],
    decorators: &'a [Expr],
    returns: Option<&'a Expr>,
}

impl<'a> Compiler<'a> {
    pub(super) fn function_def(&mut self, s: &'a StmtFunctionDef) -> Result {
        let scope = self.scope_of(ScopeNode::FunctionDef(s));
        self.function(
            scope,
            FunctionParts {
                span: s.span,
                name: &s.name,
                args: &s.args,
                body: &s.body,
                decorators: &s.decorator_list,
                returns: s.returns.as_deref(),
            },
        )
    }

    pub(super) fn async_function_def(&mut self, s: &'a StmtAsyncFunctionDef) -> Result {
        let scope = self.scope_of(ScopeNode::AsyncFunctionDef(s));
        self.function(
            scope,
            FunctionParts {
                span: s.span,
                name: &s.name,
                args: &s.args,
                body: &s.body,
                decorators: &s.decorator_list,
                returns: s.returns.as_deref(),
            },
        )
    }

    fn function(&mut self, scope: crate::symtable::ScopeId, f: FunctionParts<'a>) -> Result {
        self.set_span(f.span);
        self.check_debug_args(f.args)?;
        for decorator in f.decorators {
            self.expr(decorator)?;
        }
        let firstlineno = self.line_of(f.decorators.first().map_or(f.span, Expr::span));
        self.set_span(f.span);
        let mut flags = self.default_arguments(f.args)?;
        if self.annotations(f.args, f.returns)? {
            flags |= MakeFunctionFlags::ANNOTATIONS;
        }
        self.enter_scope(scope, f.name, firstlineno);
        let doc = if self.optimize < 2 {
            docstring(f.body)
        } else {
            None
        };
        let rest = match doc {
            Some((Expr::Constant(doc), rest)) => {
                self.unit().consts.index_of_tree(&doc.value);
                rest
            }
            _ => {
                self.unit().const_index(Constant::None);
                f.body
            }
        };
        self.set_arg_counts(f.args);
        for stmt in rest {
            self.stmt(stmt)?;
        }
        self.return_none_if_open();
        let code = self.exit_scope();
        self.set_span(f.span);
        self.make_closure(code, flags)?;
        for _ in f.decorators {
            self.emit(Instruction::Call { argc: 0 });
        }
        self.store_name(f.name)
    }

    pub(super) fn lambda(&mut self, e: &'a ExprLambda) -> Result {
        self.check_debug_args(&e.args)?;
        let scope = self.scope_of(ScopeNode::Lambda(e));
        let flags = self.default_arguments(&e.args)?;
        let firstlineno = self.line_of(e.span);
        self.enter_scope(scope, "<lambda>", firstlineno);
        // None first, so a lambda has no docstring.
        self.unit().const_index(Constant::None);
        self.set_arg_counts(&e.args);
        self.expr(&e.body)?;
        self.emit(Instruction::ReturnValue);
        let code = self.exit_scope();
        self.set_span(e.span);
        self.make_closure(code, flags)
    }

    pub(super) fn class_def(&mut self, s: &'a StmtClassDef) -> Result {
        for decorator in &s.decorator_list {
            self.expr(decorator)?;
        }
        let firstlineno = self.line_of(s.decorator_list.first().map_or(s.span, Expr::span));
        self.set_span(s.span);
        let scope = self.scope_of(ScopeNode::ClassDef(s));
        self.enter_scope(scope, &s.name, firstlineno);
        self.name_op("__name__", ExprContext::Load)?;
        self.store_name("__module__")?;
        let qualname = self.unit_ref().qualname.clone();
        self.load_const(Constant::Str(qualname));
        self.store_name("__qualname__")?;
        self.body(&s.body)?;
        self.set_span(s.span);
        if self.scope().needs_class_closure {
            let cell = self.unit_ref().cell_index("__class__");
            let cell = cell.expect("a class needing __class__ has that cell");
            self.emit(Instruction::LoadClosure {
                cell: CellIdx(cell),
            });
            self.emit(Instruction::Copy { depth: 1 });
            self.store_name("__classcell__")?;
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Instruction::ReturnValue);
        let code = self.exit_scope();

        self.emit(Instruction::PushNull);
        self.emit(Instruction::LoadBuildClass);
        self.make_closure(code, MakeFunctionFlags::empty())?;
        self.load_const(string_constant(&s.name));
        self.call_helper(2, &s.bases, &s.keywords)?;
        for _ in &s.decorator_list {
            self.emit(Instruction::Call { argc: 0 });
        }
        self.store_name(&s.name)
    }

    fn line_of(&self, span: Span) -> u32 {
        self.file.line_col(span.start).line
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let unit = self.unit();
        unit.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        unit.posonlyargcount = args.posonlyargs.len() as u32;
        unit.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    /// `cannot assign to __debug__` for a parameter of that name, at the
    /// function.
    fn check_debug_args(&self, args: &Arguments) -> Result {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        for arg in all {
            if &*arg.arg == "__debug__" {
                return self.error(CompileErrorKind::AssignToDebug);
            }
        }
        Ok(())
    }

    /// Pushes the default values: a tuple of the positional ones, a dict
    /// of the keyword-only ones (CPython's `compiler_default_arguments`).
    fn default_arguments(&mut self, args: &'a Arguments) -> Result<MakeFunctionFlags> {
        let mut flags = MakeFunctionFlags::empty();
        if !args.defaults.is_empty() {
            for default in &args.defaults {
                self.expr(default)?;
            }
            self.emit(Instruction::BuildTuple {
                count: args.defaults.len() as u32,
            });
            flags |= MakeFunctionFlags::DEFAULTS;
        }
        let mut names = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                names.push(Constant::Str(self.mangle(&arg.arg)));
                self.expr(default)?;
            }
        }
        if !names.is_empty() {
            let count = names.len() as u32;
            self.load_const(Constant::Tuple(names));
            self.emit(Instruction::BuildConstKeyMap { count });
            flags |= MakeFunctionFlags::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes the annotations as a tuple of name, value pairs; gives
    /// whether there are any (CPython's `compiler_visit_annotations`).
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> Result<bool> {
        let mut count = 0;
        for arg in args.args.iter().chain(&args.posonlyargs) {
            count += self.annotation(arg)?;
        }
        if let Some(vararg) = &args.vararg {
            count += self.annotation(vararg)?;
        }
        for arg in &args.kwonlyargs {
            count += self.annotation(arg)?;
        }
        if let Some(kwarg) = &args.kwarg {
            count += self.annotation(kwarg)?;
        }
        if let Some(returns) = returns {
            self.load_const(string_constant("return"));
            self.annotation_value(returns)?;
            count += 2;
        }
        if count > 0 {
            self.emit(Instruction::BuildTuple { count });
        }
        Ok(count > 0)
    }

    fn annotation(&mut self, arg: &'a Arg) -> Result<u32> {
        let Some(annotation) = &arg.annotation else {
            return Ok(0);
        };
        let name = self.mangle(&arg.arg);
        self.load_const(Constant::Str(name));
        self.annotation_value(annotation)?;
        Ok(2)
    }

    /// An annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    pub(super) fn annotation_value(&mut self, annotation: &'a Expr) -> Result {
        if self.future_annotations {
            self.load_const(Constant::Str(crate::unparse::unparse_expr(annotation)));
            return Ok(());
        }
        match annotation {
            // `*args: *Ts` is `[annotation] = [*Ts]`.
            Expr::Starred(starred) => {
                self.expr(&starred.value)?;
                self.emit(Instruction::UnpackSequence { count: 1 });
            }
            _ => self.expr(annotation)?,
        }
        Ok(())
    }

    /// Pushes a function made from `code`, with its closure when it has
    /// free variables (CPython's `compiler_make_closure`).
    pub(super) fn make_closure(
        &mut self,
        code: CodeObject,
        mut flags: MakeFunctionFlags,
    ) -> Result {
        if !code.freevars.is_empty() {
            let in_class = self.scope().kind == crate::symtable::ScopeKind::Class;
            for name in &code.freevars {
                // A method's free `__class__` is the class body's cell.
                let cell = if in_class && name == "__class__" {
                    self.unit_ref().cellvars.get("__class__")
                } else {
                    match self.scope().scope_of(name) {
                        Some(SymbolScope::Cell) => self.unit_ref().cellvars.get(name),
                        _ => self
                            .unit_ref()
                            .freevars
                            .get(name)
                            .map(|i| i + self.unit_ref().cellvars.len()),
                    }
                };
                let cell = cell.expect("a free variable is a cell or free variable outside");
                self.emit(Instruction::LoadClosure {
                    cell: CellIdx(cell),
                });
            }
            flags |= MakeFunctionFlags::CLOSURE;
            self.emit(Instruction::BuildTuple {
                count: code.freevars.len() as u32,
            });
        }
        self.load_const(Constant::Code(Arc::new(code)));
        self.emit(Instruction::MakeFunction { flags });
        Ok(())
    }
}
