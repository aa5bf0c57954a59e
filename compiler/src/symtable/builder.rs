//! The first pass: walk the tree, open a block for each scope and record
//! what each name does in it, as CPython's `symtable_visit_*` functions
//! do. The bookkeeping (blocks, symbols, the recursion limit) lives here;
//! the walk itself in `stmt.rs` and `expr.rs`.

use indexmap::IndexMap;
use pyvm_ast::Mod;
use pyvm_source::{SourceFile, Span};
use rustc_hash::FxBuildHasher;

use super::flags::SymbolFlags;
use super::future::FutureFeatures;
use super::mangle::mangle;
use super::table::ScopeKind;
use crate::error::{CompileError, CompileErrorKind, ComprehensionKind};

use crate::RECURSION_LIMIT;

/// What kind of block the first pass opened: a scope of the table, or an
/// annotation block (only under `from __future__ import annotations`),
/// which records names nobody looks at and is left out of the table.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Block {
    Scope(ScopeKind),
    Annotation,
}

/// A block as the first pass records it (CPython's `PySTEntryObject`
/// before analysis).
pub(super) struct RawScope {
    pub(super) kind: Block,
    pub(super) name: Box<str>,
    pub(super) span: Span,
    pub(super) lineno: u32,
    pub(super) children: Vec<usize>,
    pub(super) symbols: IndexMap<Box<str>, SymbolFlags, FxBuildHasher>,
    pub(super) varnames: Vec<Box<str>>,
    /// The class name private names are mangled with inside the block.
    pub(super) private: Option<Box<str>>,
    pub(super) nested: bool,
    pub(super) generator: bool,
    pub(super) coroutine: bool,
    pub(super) varargs: bool,
    pub(super) varkeywords: bool,
    pub(super) returns_value: bool,
    /// Set while visiting a comprehension's iteration target.
    comp_iter_target: bool,
    /// Above zero while visiting a comprehension's iterable (inherited by
    /// blocks opened inside it, as CPython does since bpo-37757).
    comp_iter_expr: u32,
    /// Where each `global`/`nonlocal` name was declared (mangled name,
    /// statement span), for the errors the analysis reports.
    pub(super) directives: Vec<(Box<str>, Span)>,
    /// The address of the tree node that opened the block.
    pub(super) node: usize,
}

impl RawScope {
    pub(super) fn comprehension(&self) -> Option<ComprehensionKind> {
        match self.kind {
            Block::Scope(ScopeKind::Comprehension(kind)) => Some(kind),
            _ => None,
        }
    }

    pub(super) fn is_function_block(&self) -> bool {
        matches!(self.kind, Block::Scope(kind) if kind.is_function_like())
    }
}

/// The first pass over one tree.
pub(super) struct Builder<'f> {
    file: &'f SourceFile,
    pub(super) future: FutureFeatures,
    /// Every block, in the order opened; 0 is the module.
    pub(super) scopes: Vec<RawScope>,
    /// The open blocks, innermost last.
    stack: Vec<usize>,
    /// The enclosing class's name, for mangling (CPython's `st_private`).
    private: Option<Box<str>>,
    depth: u32,
}

/// The result of a visit: `Err` stops the pass at the first error. (Boxed
/// to keep the frames of the recursive walk small: deeply nested
/// expressions must not exhaust the stack.)
pub(super) type Visit = Result<(), Box<CompileError>>;

pub(super) fn error<T>(kind: CompileErrorKind, span: Span) -> Result<T, Box<CompileError>> {
    Err(Box::new(CompileError::new(kind, span)))
}

impl<'f> Builder<'f> {
    pub(super) fn new(file: &'f SourceFile, future: FutureFeatures) -> Builder<'f> {
        Builder {
            file,
            future,
            scopes: Vec::new(),
            stack: Vec::new(),
            private: None,
            depth: 0,
        }
    }

    /// Walks the whole tree (CPython's `_PySymtable_Build`, first half).
    pub(super) fn visit_mod(&mut self, module: &Mod) -> Visit {
        let key = module as *const Mod as usize;
        self.enter_block(
            Block::Scope(ScopeKind::Module),
            "top".into(),
            Span::default(),
            key,
        );
        self.scopes[0].lineno = 0;
        match module {
            Mod::Module(m) => self.visit_body(&m.body)?,
            Mod::Interactive(m) => self.visit_body(&m.body)?,
            Mod::Expression(m) => self.visit_expr(&m.body)?,
            Mod::FunctionType(_) => {
                return error(CompileErrorKind::FunctionTypeNotCompiled, Span::default());
            }
        }
        self.exit_block();
        Ok(())
    }

    // ---- blocks -----------------------------------------------------------

    pub(super) fn cur(&self) -> usize {
        *self.stack.last().expect("a block is open")
    }

    pub(super) fn cur_scope(&mut self) -> &mut RawScope {
        let cur = self.cur();
        &mut self.scopes[cur]
    }

    /// Opens a block (CPython's `symtable_enter_block`). Annotation blocks
    /// are not made children of the enclosing block, so nothing in them is
    /// analysed or seen by the compiler.
    pub(super) fn enter_block(&mut self, kind: Block, name: Box<str>, span: Span, node: usize) {
        let prev = self.stack.last().copied();
        let (nested, comp_iter_expr) = match prev {
            Some(p) => {
                let p = &self.scopes[p];
                (p.nested || p.is_function_block(), p.comp_iter_expr)
            }
            None => (false, 0),
        };
        let id = self.scopes.len();
        self.scopes.push(RawScope {
            kind,
            name,
            span,
            lineno: self.file.line_of(span.start),
            children: Vec::new(),
            symbols: IndexMap::default(),
            varnames: Vec::new(),
            private: self.private.clone(),
            nested,
            generator: false,
            coroutine: false,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            comp_iter_target: false,
            comp_iter_expr,
            directives: Vec::new(),
            node,
        });
        if let (Some(p), false) = (prev, kind == Block::Annotation) {
            self.scopes[p].children.push(id);
        }
        self.stack.push(id);
    }

    pub(super) fn exit_block(&mut self) {
        self.stack.pop();
    }

    /// Opens a class body, inside which private names are mangled with the
    /// class's name (CPython sets `st_private`); returns the enclosing
    /// class's name, for [`Builder::exit_class`].
    pub(super) fn enter_class(
        &mut self,
        name: Box<str>,
        span: Span,
        node: usize,
    ) -> Option<Box<str>> {
        self.enter_block(Block::Scope(ScopeKind::Class), name.clone(), span, node);
        let outer = self.private.replace(name);
        self.cur_scope().private = self.private.clone();
        outer
    }

    pub(super) fn exit_class(&mut self, outer: Option<Box<str>>) {
        self.private = outer;
        self.exit_block();
    }

    /// Counts one level of nesting (CPython checks its recursion limit at
    /// each statement, expression and pattern).
    pub(super) fn descend(&mut self, span: Span) -> Visit {
        self.depth += 1;
        if self.depth > RECURSION_LIMIT {
            return error(CompileErrorKind::RecursionLimit, span);
        }
        Ok(())
    }

    pub(super) fn ascend(&mut self) {
        self.depth -= 1;
    }

    // ---- symbols ----------------------------------------------------------

    /// `name` mangled with the enclosing class's name.
    pub(super) fn mangled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.private.as_deref(), name)
    }

    /// The flags of `name` in the current block (CPython's
    /// `symtable_lookup`).
    pub(super) fn lookup(&self, name: &str) -> SymbolFlags {
        let mangled = self.mangled(name);
        self.scopes[self.cur()]
            .symbols
            .get(&*mangled)
            .copied()
            .unwrap_or_default()
    }

    /// Records `flag` for `name` in the current block (CPython's
    /// `symtable_add_def`).
    pub(super) fn add_def(&mut self, name: &str, flag: SymbolFlags, span: Span) -> Visit {
        self.add_def_in(name, flag, self.cur(), span)
    }

    /// Records `flag` for `name` in block `scope` (CPython's
    /// `symtable_add_def_helper`).
    pub(super) fn add_def_in(
        &mut self,
        name: &str,
        flag: SymbolFlags,
        scope: usize,
        span: Span,
    ) -> Visit {
        let mangled = self.mangled(name);
        let ste = &mut self.scopes[scope];
        let mut value = match ste.symbols.get(&*mangled) {
            Some(&old) => {
                if flag.contains(SymbolFlags::DEF_PARAM) && old.contains(SymbolFlags::DEF_PARAM) {
                    return error(
                        CompileErrorKind::DuplicateArgument { name: name.into() },
                        span,
                    );
                }
                old | flag
            }
            None => flag,
        };
        if ste.comp_iter_target {
            // An iteration variable: it must not rebind an assignment
            // expression target of this comprehension, and later assignment
            // expressions must not rebind it.
            if value.intersects(SymbolFlags::DEF_GLOBAL | SymbolFlags::DEF_NONLOCAL) {
                return error(
                    CompileErrorKind::InnerLoopRebindsNamedExpr { name: name.into() },
                    span,
                );
            }
            value |= SymbolFlags::DEF_COMP_ITER;
        }
        // Names are stored once: later definitions and uses only update.
        match ste.symbols.get_mut(&*mangled) {
            Some(flags) => *flags = value,
            None => {
                ste.symbols.insert(mangled.as_ref().into(), value);
            }
        }
        if flag.contains(SymbolFlags::DEF_PARAM) {
            ste.varnames.push(mangled.as_ref().into());
        } else if flag.contains(SymbolFlags::DEF_GLOBAL) {
            // A global declaration anywhere also marks the module's symbol.
            *self.scopes[0]
                .symbols
                .entry(mangled.as_ref().into())
                .or_default() |= flag;
        }
        Ok(())
    }

    /// Remembers where `name` was declared global or nonlocal (CPython's
    /// `symtable_record_directive`).
    pub(super) fn record_directive(&mut self, name: &str, span: Span) {
        let mangled = self.mangled(name).as_ref().into();
        self.cur_scope().directives.push((mangled, span));
    }

    pub(super) fn set_comp_iter_target(&mut self, on: bool) {
        self.cur_scope().comp_iter_target = on;
    }

    pub(super) fn comp_iter_expr(&self) -> u32 {
        self.scopes[self.cur()].comp_iter_expr
    }

    pub(super) fn change_comp_iter_expr(&mut self, enter: bool) {
        let scope = self.cur_scope();
        if enter {
            scope.comp_iter_expr += 1;
        } else {
            scope.comp_iter_expr -= 1;
        }
    }

    pub(super) fn current_comprehension(&self) -> Option<ComprehensionKind> {
        self.scopes[self.cur()].comprehension()
    }

    /// The open blocks, innermost last.
    pub(super) fn stack(&self) -> &[usize] {
        &self.stack
    }
}
