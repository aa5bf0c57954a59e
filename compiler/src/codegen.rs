//! Codegen: a folded, symbol-checked tree to code objects, as CPython
//! 3.11's `compile.c` does it.
//!
//! A [`Compiler`] keeps a stack of [`Unit`]s, one per code object being
//! generated (module, class body, function, lambda, comprehension); the
//! statement and expression visitors emit into the innermost. Jumps go to
//! labels, and blocks that catch exceptions are marked with CPython's
//! pseudo-instructions (`SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH`,
//! `POP_BLOCK`); [`assemble`] turns them into an exception table. Where
//! the instruction sequence mirrors CPython's, the function says which
//! CPython function it follows.
//!
//! Files by construct: `stmt` (simple statements, loops, imports),
//! `exception` (`try`, `with`, `raise`), `expr` (expressions and
//! conditional jumps), `call`, `function` (`def`, `lambda`, `class`),
//! `comprehension`, `target` (assignment targets), `pattern` (`match`).

mod assemble;
mod call;
mod comprehension;
mod consts;
mod exception;
mod expr;
mod function;
mod pattern;
mod stmt;
mod target;
mod unit;

use std::borrow::Cow;

use pyvm_ast::{Constant as AstConstant, Expr, ExprAttribute, ExprContext, Mod, Stmt, StmtExpr};
use pyvm_bytecode::{
    CellIdx, CodeFlags, CodeObject, ConstIdx, Constant, Instruction, Label, LocalIdx, NameIdx,
};
use pyvm_source::{SourceFile, Span};

use crate::error::{CompileError, CompileErrorKind};
use crate::symtable::{NameOp, Scope, ScopeId, ScopeKind, SymbolTable};
use crate::CompileOptions;

use assemble::Assembler;
use unit::{Access, BlockDatum, BlockKind, BlockOp, FrameBlock, Unit};

/// CPython's `CO_MAXBLOCKS`: how deeply blocks may nest in one function.
const MAX_BLOCKS: usize = 20;

/// Source bytes per instruction, about, to size a unit's code before
/// generating it.
const BYTES_PER_INSTRUCTION: u32 = 8;

/// CPython's `STACK_USE_GUIDELINE`: past this many values, displays and
/// calls are built piecewise instead of all on the stack.
const STACK_USE_GUIDELINE: usize = 30;

/// Errors are boxed inside codegen: the visitors return a `Result` at
/// every node, and a pointer is cheaper to pass back than the error.
type Result<T = ()> = std::result::Result<T, Box<CompileError>>;

/// The code object of `tree`.
pub(crate) fn generate(
    tree: &Mod,
    file: &SourceFile,
    table: &SymbolTable,
    options: &CompileOptions,
) -> std::result::Result<CodeObject, CompileError> {
    let mut compiler = Compiler {
        file,
        table,
        optimize: options.optimize,
        future_annotations: table.future().annotations,
        interactive: matches!(tree, Mod::Interactive(_)),
        future_lineno: 0,
        units: Vec::new(),
        open: 0,
        span: Span::default(),
        assembler: Assembler::default(),
    };
    compiler.module(tree).map_err(|error| *error)
}

/// The state of one compilation (CPython's `struct compiler`).
pub(crate) struct Compiler<'a> {
    file: &'a SourceFile,
    table: &'a SymbolTable,
    optimize: u8,
    /// `from __future__ import annotations` is in effect.
    future_annotations: bool,
    /// Compiling one interactive statement: expression values are printed.
    interactive: bool,
    /// The line of the last leading `from __future__` import; later ones
    /// are errors.
    future_lineno: u32,
    /// The units being generated, innermost last, then finished ones kept
    /// to open the next ones with (their buffers are already grown).
    units: Vec<Unit<'a>>,
    /// How many of `units` are being generated.
    open: usize,
    /// The source range instructions get now (the node being compiled).
    span: Span,
    assembler: Assembler,
}

impl<'a> Compiler<'a> {
    // ---- the module --------------------------------------------------------

    fn module(&mut self, tree: &'a Mod) -> Result<CodeObject> {
        self.open_unit(ScopeId::MODULE, "<module>".into(), "<module>".into(), 1);
        match tree {
            Mod::Module(module) => {
                self.future_lineno = leading_future_line(&module.body, self.file);
                self.body(&module.body)?;
                self.return_none_if_open();
            }
            Mod::Interactive(interactive) => {
                self.future_lineno = leading_future_line(&interactive.body, self.file);
                if let Some(first) = interactive.body.first() {
                    self.set_span(first.span());
                }
                if find_annotations(&interactive.body) {
                    self.emit(Instruction::SetupAnnotations);
                }
                for stmt in &interactive.body {
                    self.stmt(stmt)?;
                }
                self.return_none_if_open();
            }
            Mod::Expression(expression) => {
                self.expr(&expression.body)?;
                self.emit(Instruction::ReturnValue);
            }
            Mod::FunctionType(_) => {
                return Err(Box::new(CompileError::new(
                    CompileErrorKind::FunctionTypeNotCompiled,
                    Span::default(),
                )))
            }
        }
        Ok(self.exit_scope())
    }

    /// A module or class body: annotations set up, the docstring stored,
    /// then the statements (CPython's `compiler_body`).
    fn body(&mut self, body: &'a [Stmt]) -> Result {
        if self.scope().kind == ScopeKind::Module {
            if let Some(first) = body.first() {
                self.set_span(first.span());
            }
        }
        if find_annotations(body) {
            self.emit(Instruction::SetupAnnotations);
        }
        let mut rest = body;
        if self.optimize < 2 {
            if let Some((doc, after)) = docstring(body) {
                self.expr(doc)?;
                self.store_name("__doc__")?;
                rest = after;
            }
        }
        for stmt in rest {
            self.stmt(stmt)?;
        }
        Ok(())
    }

    /// Ends the code with `return None` unless it ends with a return.
    fn return_none_if_open(&mut self) {
        let open = !matches!(
            self.unit().last_instruction(),
            Some(Instruction::ReturnValue)
        );
        if open {
            self.load_const(Constant::None);
            self.emit(Instruction::ReturnValue);
        }
    }

    // ---- units and scopes -------------------------------------------------

    fn unit(&mut self) -> &mut Unit<'a> {
        &mut self.units[self.open - 1]
    }

    fn unit_ref(&self) -> &Unit<'a> {
        &self.units[self.open - 1]
    }

    /// Makes a unit (a finished one if there is one) the innermost.
    fn open_unit(&mut self, scope: ScopeId, name: String, qualname: String, firstlineno: u32) {
        if self.open == self.units.len() {
            self.units.push(Unit::new());
        }
        let unit = &mut self.units[self.open];
        unit.open(scope, name, qualname, firstlineno);
        // Room for the code and the names at once: a unit found free has
        // room already, unless it is the first of its depth or larger.
        let table_scope = self.table.scope(scope);
        let source_len = match table_scope.kind {
            ScopeKind::Module => self.file.len(),
            _ => table_scope.span.end - table_scope.span.start,
        };
        unit.reserve(
            (source_len / BYTES_PER_INSTRUCTION) as usize,
            table_scope.symbols.len(),
        );
        self.open += 1;
    }

    /// The symbol-table scope of the unit being generated.
    fn scope(&self) -> &'a Scope {
        self.table.scope(self.unit_ref().scope)
    }

    /// Opens a unit for the scope `id`, with its cell and free variables
    /// and parameters in CPython's order.
    fn enter_scope(&mut self, id: ScopeId, name: &'a str, firstlineno: u32) {
        let scope = self.table.scope(id);
        let qualname = self.qualname(scope, name);
        let private = match scope.kind {
            ScopeKind::Class => Some(name),
            _ => self.unit_ref().private,
        };
        let span = self.span;
        let flags = self.code_flags(scope);
        self.open_unit(id, name.to_string(), qualname, firstlineno);
        let unit = self.unit();
        unit.private = private;
        unit.outer_span = span;
        unit.flags = flags;
        // Only a scope with free variables, or nested scopes that have
        // some, can have cell or free variables (CPython's `ste_free` and
        // `ste_child_free`): most scopes skip the search for them.
        if scope.has_free || scope.child_has_free || scope.needs_class_closure {
            for name in scope.cellvars() {
                unit.cellvars.index(name);
            }
            for name in scope.freevars() {
                unit.freevars.index(name);
            }
        }
        for name in scope.varnames() {
            unit.varnames.index(name);
        }
        // Parameters that closures capture are moved into their cells by
        // the VM at frame entry (CPython's `MAKE_CELL`): see `CodeObject`.
    }

    /// Closes the innermost unit and assembles its code object.
    fn exit_scope(&mut self) -> CodeObject {
        self.open -= 1;
        let unit = &mut self.units[self.open];
        let code = self.assembler.assemble(unit, self.file);
        self.span = unit.outer_span;
        unit.clear();
        code
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname(&self, scope: &Scope, name: &str) -> String {
        if self.open <= 1 {
            return name.to_string();
        }
        let parent = self.unit_ref();
        let parent_scope = self.table.scope(parent.scope);
        let global = matches!(
            scope.kind,
            ScopeKind::Function | ScopeKind::AsyncFunction | ScopeKind::Class
        ) && parent_scope.scope_of(name)
            == Some(crate::symtable::SymbolScope::GlobalExplicit);
        if global {
            return name.to_string();
        }
        let separator = match parent_scope.kind {
            ScopeKind::Function | ScopeKind::AsyncFunction | ScopeKind::Lambda => ".<locals>.",
            _ => ".",
        };
        [parent.qualname.as_str(), separator, name].concat()
    }

    /// CPython's `compute_code_flags`.
    fn code_flags(&self, scope: &Scope) -> CodeFlags {
        let mut flags = CodeFlags::empty();
        if scope.kind.is_function_like() {
            flags |= CodeFlags::NEWLOCALS | CodeFlags::OPTIMIZED;
            if scope.nested {
                flags |= CodeFlags::NESTED;
            }
            flags |= match (scope.is_generator, scope.is_coroutine) {
                (true, false) => CodeFlags::GENERATOR,
                (false, true) => CodeFlags::COROUTINE,
                (true, true) => CodeFlags::ASYNC_GENERATOR,
                (false, false) => CodeFlags::empty(),
            };
            if scope.has_varargs {
                flags |= CodeFlags::VARARGS;
            }
            if scope.has_varkeywords {
                flags |= CodeFlags::VARKEYWORDS;
            }
        }
        if self.future_annotations {
            flags |= CodeFlags::FUTURE_ANNOTATIONS;
        }
        flags
    }

    // ---- emitting ----------------------------------------------------------

    fn set_span(&mut self, span: Span) {
        self.span = span;
    }

    /// Where an instruction on the attribute `attribute` starts: where the
    /// expression does, unless it spans lines, when it is the attribute's
    /// name on the last line (CPython's
    /// `update_start_location_to_match_attr`), so that a traceback points
    /// at `.name` rather than at the object on an earlier line.
    fn attribute_start(&self, attribute: &ExprAttribute) -> u32 {
        let span = attribute.span;
        if self.file.same_line(span.start, span.end) {
            return span.start;
        }
        match span.end.checked_sub(attribute.attr.len() as u32) {
            Some(name)
                if name >= span.start && self.file.text().is_char_boundary(name as usize) =>
            {
                name
            }
            _ => span.start,
        }
    }

    /// The span of an instruction on the attribute `attribute` (see
    /// [`Compiler::attribute_start`]).
    fn attribute_span(&self, attribute: &ExprAttribute) -> Span {
        Span::new(self.attribute_start(attribute), attribute.span.end)
    }

    fn emit(&mut self, instruction: Instruction) {
        let span = self.span;
        let unit = &mut self.units[self.open - 1];
        // The common case without a call, so without saving registers: no
        // peephole to try and room in the code.
        let peephole = matches!(
            instruction,
            Instruction::LoadGlobal {
                push_null: false,
                ..
            }
        );
        if peephole || unit.code.len() == unit.code.capacity() {
            unit.push_slow(instruction, span);
        } else {
            unit.push(instruction, span);
        }
    }

    fn emit_block_op(&mut self, op: BlockOp) {
        self.unit().push_block_op(op);
    }

    fn new_label(&mut self) -> Label {
        self.unit().new_label()
    }

    fn bind(&mut self, label: Label) {
        self.unit().bind(label);
    }

    /// An unconditional jump: `JumpForward` until the assembler knows
    /// which way it goes.
    fn jump(&mut self, target: Label) {
        self.emit(Instruction::JumpForward { target });
    }

    fn load_const(&mut self, value: Constant) {
        let index = self.unit().const_index(value);
        self.emit(Instruction::LoadConst {
            value: ConstIdx(index),
        });
    }

    /// Loads a constant of the tree.
    fn load_tree_const(&mut self, value: &AstConstant) {
        let index = self.unit().consts.index_of_tree(value);
        self.emit(Instruction::LoadConst {
            value: ConstIdx(index),
        });
    }

    fn const_index(&mut self, value: Constant) -> ConstIdx {
        ConstIdx(self.unit().const_index(value))
    }

    /// `name` mangled in the class being compiled (CPython's `_Py_Mangle`).
    fn mangle(&self, name: &str) -> String {
        self.mangled(name).into_owned()
    }

    fn mangled<'n>(&self, name: &'n str) -> Cow<'n, str> {
        crate::symtable::mangle(self.unit_ref().private, name)
    }

    /// The index of `name` (mangled, as CPython's `ADDOP_NAME` does) in
    /// the names table.
    fn name_index(&mut self, name: &str) -> NameIdx {
        let mangled = self.mangled(name);
        NameIdx(self.unit().names.index(&mangled))
    }

    // ---- names ------------------------------------------------------------

    /// Loads, stores or deletes `name` as the scope says it lives
    /// (CPython's `compiler_nameop`).
    fn name_op(&mut self, name: &'a str, ctx: ExprContext) -> Result {
        if ctx != ExprContext::Load && name == "__debug__" {
            return self.error(match ctx {
                ExprContext::Store => CompileErrorKind::AssignToDebug,
                _ => CompileErrorKind::DeleteDebug,
            });
        }
        // Most names were used before in the unit: their access is one
        // hash lookup away; the first use asks the symbol table.
        let hash = unit::hash_name(name);
        let access = match self.unit_ref().accesses.get(name, hash) {
            Some(access) => access,
            None => self.resolve_access(name, hash),
        };
        let instruction = match access {
            Access::Fast(local) => match ctx {
                ExprContext::Load => Instruction::LoadFast { local },
                ExprContext::Store => Instruction::StoreFast { local },
                ExprContext::Del => Instruction::DeleteFast { local },
            },
            Access::Deref(cell) => match ctx {
                ExprContext::Load if self.scope().kind == ScopeKind::Class => {
                    Instruction::LoadClassDeref { cell }
                }
                ExprContext::Load => Instruction::LoadDeref { cell },
                ExprContext::Store => Instruction::StoreDeref { cell },
                ExprContext::Del => Instruction::DeleteDeref { cell },
            },
            Access::Global(name) => match ctx {
                ExprContext::Load => Instruction::LoadGlobal {
                    name,
                    push_null: false,
                },
                ExprContext::Store => Instruction::StoreGlobal { name },
                ExprContext::Del => Instruction::DeleteGlobal { name },
            },
            Access::Name(name) => match ctx {
                ExprContext::Load => Instruction::LoadName { name },
                ExprContext::Store => Instruction::StoreName { name },
                ExprContext::Del => Instruction::DeleteName { name },
            },
        };
        self.emit(instruction);
        Ok(())
    }

    /// Where `name` (whose hash is `hash`) lives in the unit, on its first
    /// use there: found in the symbol table, which also gives it its slot
    /// in the unit's tables, and remembered. Kept out of line, so that
    /// [`Compiler::name_op`] stays small.
    #[inline(never)]
    fn resolve_access(&mut self, name: &'a str, hash: u64) -> Access {
        let scope = self.scope();
        let unit = self.unit();
        let mangled = crate::symtable::mangle(unit.private, name);
        // The hash of the name serves for the tables unless it is mangled.
        let table_hash = match mangled {
            Cow::Borrowed(_) => hash,
            Cow::Owned(ref mangled) => unit::hash_name(mangled),
        };
        let access = match scope.name_op(name) {
            NameOp::Fast => {
                Access::Fast(LocalIdx(unit.varnames.index_hashed(&mangled, table_hash)))
            }
            NameOp::Deref => {
                let cell = unit::cell_index(&unit.cellvars, &unit.freevars, &mangled);
                Access::Deref(CellIdx(
                    cell.expect("the symbol table made it a cell or free variable"),
                ))
            }
            NameOp::Global => {
                Access::Global(NameIdx(unit.names.index_hashed(&mangled, table_hash)))
            }
            NameOp::Name => Access::Name(NameIdx(unit.names.index_hashed(&mangled, table_hash))),
        };
        unit.accesses.insert(name, hash, access);
        access
    }

    fn store_name(&mut self, name: &'a str) -> Result {
        self.name_op(name, ExprContext::Store)
    }

    // ---- blocks ------------------------------------------------------------

    fn push_block(
        &mut self,
        kind: BlockKind,
        start: Label,
        exit: Option<Label>,
        datum: BlockDatum<'a>,
    ) -> Result {
        if self.unit_ref().blocks.len() >= MAX_BLOCKS {
            return self.error(CompileErrorKind::TooManyNestedBlocks);
        }
        self.unit().blocks.push(FrameBlock {
            kind,
            start,
            exit,
            datum,
        });
        Ok(())
    }

    fn pop_block(&mut self) {
        self.unit().blocks.pop();
    }

    /// Emits what leaving `block` needs; with `preserve_top`, a value on
    /// top of the stack stays there (CPython's `compiler_unwind_fblock`).
    fn unwind_block(&mut self, block: &FrameBlock<'a>, preserve_top: bool) -> Result {
        match block.kind {
            BlockKind::WhileLoop
            | BlockKind::ExceptionHandler
            | BlockKind::ExceptionGroupHandler
            | BlockKind::AsyncComprehensionGenerator => {}
            BlockKind::ForLoop => {
                if preserve_top {
                    self.emit(Instruction::Swap { depth: 2 });
                }
                self.emit(Instruction::PopTop);
            }
            BlockKind::TryExcept => self.emit_block_op(BlockOp::PopBlock),
            BlockKind::FinallyTry => {
                self.emit_block_op(BlockOp::PopBlock);
                if preserve_top {
                    let label = self.new_label();
                    self.push_block(BlockKind::PopValue, label, None, BlockDatum::None)?;
                }
                if let BlockDatum::FinalBody(body) = block.datum {
                    for stmt in body {
                        self.stmt(stmt)?;
                    }
                }
                if preserve_top {
                    self.pop_block();
                }
            }
            BlockKind::FinallyEnd => {
                if preserve_top {
                    self.emit(Instruction::Swap { depth: 2 });
                }
                self.emit(Instruction::PopTop);
                if preserve_top {
                    self.emit(Instruction::Swap { depth: 2 });
                }
                self.emit_block_op(BlockOp::PopBlock);
                self.emit(Instruction::PopExcept);
            }
            BlockKind::With | BlockKind::AsyncWith => {
                if let BlockDatum::With(span) = block.datum {
                    self.set_span(span);
                }
                self.emit_block_op(BlockOp::PopBlock);
                if preserve_top {
                    self.emit(Instruction::Swap { depth: 2 });
                }
                self.call_exit_with_nones();
                if block.kind == BlockKind::AsyncWith {
                    self.emit(Instruction::GetAwaitable { kind: 2 });
                    self.load_const(Constant::None);
                    self.yield_from();
                }
                self.emit(Instruction::PopTop);
            }
            BlockKind::HandlerCleanup => {
                let name = match block.datum {
                    BlockDatum::Name(name) => Some(name),
                    _ => None,
                };
                if name.is_some() {
                    self.emit_block_op(BlockOp::PopBlock);
                }
                if preserve_top {
                    self.emit(Instruction::Swap { depth: 2 });
                }
                self.emit_block_op(BlockOp::PopBlock);
                self.emit(Instruction::PopExcept);
                if let Some(name) = name {
                    self.load_const(Constant::None);
                    self.name_op(name, ExprContext::Store)?;
                    self.name_op(name, ExprContext::Del)?;
                }
            }
            BlockKind::PopValue => {
                if preserve_top {
                    self.emit(Instruction::Swap { depth: 2 });
                }
                self.emit(Instruction::PopTop);
            }
        }
        Ok(())
    }

    /// Unwinds every block up to the innermost loop (or all of them when
    /// `to_loop` is false); gives that loop (CPython's
    /// `compiler_unwind_fblock_stack`).
    fn unwind_blocks(
        &mut self,
        preserve_top: bool,
        to_loop: bool,
    ) -> Result<Option<FrameBlock<'a>>> {
        let Some(top) = self.unit_ref().blocks.last().cloned() else {
            return Ok(None);
        };
        if top.kind == BlockKind::ExceptionGroupHandler {
            return self.error(CompileErrorKind::ControlFlowInExceptStar);
        }
        if to_loop && matches!(top.kind, BlockKind::WhileLoop | BlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.unit().blocks.pop();
        let result = self
            .unwind_block(&top, preserve_top)
            .and_then(|()| self.unwind_blocks(preserve_top, to_loop));
        self.unit().blocks.push(top);
        result
    }

    /// `__exit__(None, None, None)` on the exit function on the stack.
    fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Instruction::Call { argc: 2 });
    }

    /// Delegates to the awaitable or iterator below the value on top until
    /// it finishes (CPython's `ADD_YIELD_FROM`).
    fn yield_from(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit(Instruction::Send { target: exit });
        self.emit(Instruction::YieldValue);
        self.jump(start);
        self.bind(exit);
    }

    // ---- errors -----------------------------------------------------------

    /// Fails with `kind` at the node being compiled.
    fn error<T>(&self, kind: CompileErrorKind) -> Result<T> {
        Err(Box::new(CompileError::new(kind, self.span)))
    }

    fn error_at<T>(&self, kind: CompileErrorKind, span: Span) -> Result<T> {
        Err(Box::new(CompileError::new(kind, span)))
    }

    /// The scope a function, class, lambda or comprehension node opened.
    fn scope_of(&self, node: crate::symtable::ScopeNode<'_>) -> ScopeId {
        self.table
            .lookup_node(node)
            .expect("the symbol table was built from this tree")
    }
}

/// The docstring of a body: its first statement when that is a string.
fn docstring(body: &[Stmt]) -> Option<(&Expr, &[Stmt])> {
    match body.split_first() {
        Some((Stmt::Expr(StmtExpr { value, .. }), rest))
            if matches!(
                **value,
                Expr::Constant(pyvm_ast::ExprConstant {
                    value: AstConstant::Str(_) | AstConstant::StrWithSurrogates(_),
                    ..
                })
            ) =>
        {
            Some((value, rest))
        }
        _ => None,
    }
}

/// Whether a body has annotated assignments outside nested scopes, so it
/// needs `__annotations__` (CPython's `find_ann`).
fn find_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::AnnAssign(_) => true,
        Stmt::For(s) => find_annotations(&s.body) || find_annotations(&s.orelse),
        Stmt::AsyncFor(s) => find_annotations(&s.body) || find_annotations(&s.orelse),
        Stmt::While(s) => find_annotations(&s.body) || find_annotations(&s.orelse),
        Stmt::If(s) => find_annotations(&s.body) || find_annotations(&s.orelse),
        Stmt::With(s) => find_annotations(&s.body),
        Stmt::AsyncWith(s) => find_annotations(&s.body),
        Stmt::Try(s) => try_annotations(&s.body, &s.handlers, &s.orelse, &s.finalbody),
        Stmt::TryStar(s) => try_annotations(&s.body, &s.handlers, &s.orelse, &s.finalbody),
        Stmt::Match(s) => s.cases.iter().any(|c| find_annotations(&c.body)),
        _ => false,
    })
}

/// [`find_annotations`] for the parts of a `try` or `try` … `except*`.
fn try_annotations(
    body: &[Stmt],
    handlers: &[pyvm_ast::ExceptHandler],
    orelse: &[Stmt],
    finalbody: &[Stmt],
) -> bool {
    find_annotations(body)
        || handlers.iter().any(|h| {
            let pyvm_ast::ExceptHandler::ExceptHandler(h) = h;
            find_annotations(&h.body)
        })
        || find_annotations(orelse)
        || find_annotations(finalbody)
}

/// The line of the last `from __future__` import at the start of a module
/// (after its docstring), 0 if none: CPython's `ff_lineno`.
fn leading_future_line(body: &[Stmt], file: &SourceFile) -> u32 {
    let rest = docstring(body).map_or(body, |(_, rest)| rest);
    let mut line = 0;
    for stmt in rest {
        match stmt {
            Stmt::ImportFrom(import) if import.module.as_deref() == Some("__future__") => {
                line = file.line_col(import.span.start).line;
            }
            _ => break,
        }
    }
    line
}

/// A folded constant of the tree as a code object constant.
fn constant(value: &AstConstant) -> Constant {
    consts::tree_constant(value)
}

/// The text of a `str` constant, as a name.
fn string_constant(value: &str) -> Constant {
    Constant::Str(value.to_string())
}
