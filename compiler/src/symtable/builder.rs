//! The first pass: walk the tree, open a block for each scope and record
//! what each name does in it, as CPython's `symtable_visit_*` functions
//! do. The bookkeeping (blocks, symbols, the recursion limit) lives here;
//! the walk itself in `stmt.rs` and `expr.rs`.

use std::num::NonZeroU32;

use pyvm_ast::Mod;
use pyvm_source::{SourceFile, Span};

use super::flags::SymbolFlags;
use super::future::FutureFeatures;
use super::mangle::mangle;
use super::names::{NameId, Names};
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

/// Where a symbol is in [`Builder::symbols`] (kept plus one, so that an
/// `Option` of it is no bigger).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct SymbolIndex(NonZeroU32);

impl SymbolIndex {
    fn new(index: usize) -> SymbolIndex {
        let number = u32::try_from(index + 1).expect("fewer than 2^32 symbols");
        SymbolIndex(NonZeroU32::new(number).expect("plus one"))
    }

    fn get(self) -> usize {
        self.0.get() as usize - 1
    }
}

/// A name of a block and what it does there. The symbols of all blocks
/// are kept in one list ([`Builder::symbols`]), each block's threaded
/// through it in the order first seen.
pub(super) struct RawSymbol {
    pub(super) name: NameId,
    pub(super) flags: SymbolFlags,
    block: u32,
    /// The block's next symbol.
    next: Option<SymbolIndex>,
    /// While the block is open: the symbol of the next enclosing open
    /// block that has the name (see [`Builder::innermost`]).
    outer: Option<SymbolIndex>,
}

/// The name of the class whose body is being visited, which mangles
/// private names.
#[derive(Clone, Copy)]
pub(super) struct ClassName<'a> {
    text: &'a str,
    id: NameId,
}

/// A block as the first pass records it (CPython's `PySTEntryObject`
/// before analysis).
pub(super) struct RawScope {
    pub(super) kind: Block,
    pub(super) name: NameId,
    pub(super) span: Span,
    /// The enclosing block (`None` for the module). Blocks are numbered
    /// in the order opened, which is pre-order.
    pub(super) parent: Option<usize>,
    /// Whether the block is an annotation block or inside one: then
    /// nothing in it is analysed or seen by the compiler.
    pub(super) in_annotation: bool,
    /// How many children the block has (blocks directly inside it, but
    /// not annotation blocks).
    pub(super) children: u32,
    /// The first and last of the block's symbols, and how many it has.
    first_symbol: Option<SymbolIndex>,
    last_symbol: Option<SymbolIndex>,
    pub(super) symbol_count: u32,
    pub(super) varnames: Vec<NameId>,
    /// The class name private names are mangled with inside the block.
    pub(super) private: Option<NameId>,
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
    pub(super) directives: Vec<(NameId, Span)>,
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

    /// The block's symbols, in the order first seen, found in `symbols`,
    /// the list of all blocks' symbols.
    pub(super) fn symbols<'s>(
        &self,
        symbols: &'s [RawSymbol],
    ) -> impl Iterator<Item = &'s RawSymbol> {
        let mut next = self.first_symbol;
        std::iter::from_fn(move || {
            let symbol = &symbols[next?.get()];
            next = symbol.next;
            Some(symbol)
        })
    }
}

/// The first pass over one tree, whose names it borrows.
pub(super) struct Builder<'a> {
    pub(super) file: &'a SourceFile,
    pub(super) future: FutureFeatures,
    /// Every name mentioned, numbered.
    pub(super) names: Names<'a>,
    /// Every block, in the order opened; 0 is the module.
    pub(super) scopes: Vec<RawScope>,
    /// The symbols of every block.
    pub(super) symbols: Vec<RawSymbol>,
    /// For each name, the symbol of the innermost open block that has it;
    /// from there each symbol links to the next enclosing one
    /// ([`RawSymbol::outer`]). A textbook scoped symbol table: a block
    /// finds its names without a table of its own, and closing a block
    /// unlinks its names.
    innermost: Vec<Option<SymbolIndex>>,
    /// The open blocks, innermost last.
    stack: Vec<usize>,
    /// The enclosing class's name, for mangling (CPython's `st_private`).
    private: Option<ClassName<'a>>,
    /// How many open blocks are visiting a comprehension's iteration
    /// target (most of the time none, and no block need be looked at).
    comp_iter_targets: u32,
    depth: u32,
}

/// The result of a visit: `Err` stops the pass at the first error. (Boxed
/// to keep the frames of the recursive walk small: deeply nested
/// expressions must not exhaust the stack.)
pub(super) type Visit = Result<(), Box<CompileError>>;

pub(super) fn error<T>(kind: CompileErrorKind, span: Span) -> Result<T, Box<CompileError>> {
    Err(Box::new(CompileError::new(kind, span)))
}

impl<'a> Builder<'a> {
    pub(super) fn new(file: &'a SourceFile, future: FutureFeatures) -> Builder<'a> {
        // Sized for a typical module (the standard library has a block per
        // 200 bytes of source, a symbol per 40 and a distinct name per
        // 100), rather than copied over and over as they grow.
        let size = file.len() as usize;
        Builder {
            file,
            future,
            innermost: Vec::with_capacity(size / 128),
            names: Names::with_capacity(size / 128),
            scopes: Vec::with_capacity(size / 256 + 1),
            symbols: Vec::with_capacity(size / 48),
            stack: Vec::new(),
            private: None,
            comp_iter_targets: 0,
            depth: 0,
        }
    }

    /// Walks the whole tree (CPython's `_PySymtable_Build`, first half).
    pub(super) fn visit_mod(&mut self, module: &'a Mod) -> Visit {
        let key = module as *const Mod as usize;
        self.enter_block(Block::Scope(ScopeKind::Module), "top", Span::default(), key);
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
    pub(super) fn enter_block(&mut self, kind: Block, name: &'a str, span: Span, node: usize) {
        let parent = self.stack.last().copied();
        let (nested, comp_iter_expr, in_annotation) = match parent {
            Some(p) => {
                let p = &self.scopes[p];
                let nested = p.nested || p.is_function_block();
                (nested, p.comp_iter_expr, p.in_annotation)
            }
            None => (false, 0, false),
        };
        let in_annotation = in_annotation || kind == Block::Annotation;
        if let (Some(p), false) = (parent, in_annotation) {
            self.scopes[p].children += 1;
        }
        self.stack.push(self.scopes.len());
        self.scopes.push(RawScope {
            kind,
            name: self.names.intern(name),
            span,
            parent,
            in_annotation,
            children: 0,
            first_symbol: None,
            last_symbol: None,
            symbol_count: 0,
            varnames: Vec::new(),
            private: self.private.map(|class| class.id),
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
    }

    pub(super) fn exit_block(&mut self) {
        let id = self.stack.pop().expect("a block is open");
        let mut next = self.scopes[id].first_symbol;
        while let Some(index) = next {
            let symbol = &self.symbols[index.get()];
            self.innermost[symbol.name.index()] = symbol.outer;
            next = symbol.next;
        }
    }

    /// Opens a class body, inside which private names are mangled with the
    /// class's name (CPython sets `st_private`); returns the enclosing
    /// class's name, for [`Builder::exit_class`].
    pub(super) fn enter_class(
        &mut self,
        name: &'a str,
        span: Span,
        node: usize,
    ) -> Option<ClassName<'a>> {
        self.enter_block(Block::Scope(ScopeKind::Class), name, span, node);
        let id = self.cur_scope().name;
        let outer = self.private.replace(ClassName { text: name, id });
        self.cur_scope().private = Some(id);
        outer
    }

    pub(super) fn exit_class(&mut self, outer: Option<ClassName<'a>>) {
        self.private = outer;
        self.exit_block();
    }

    /// Counts one level of nesting (CPython checks its recursion limit at
    /// each statement, expression and pattern).
    /// (`span` is the node's, wanted only for the error.)
    pub(super) fn descend(&mut self, span: impl FnOnce() -> Span) -> Visit {
        self.depth += 1;
        if self.depth > RECURSION_LIMIT {
            return error(CompileErrorKind::RecursionLimit, span());
        }
        Ok(())
    }

    /// Whether one more level of nesting stays within the limit.
    pub(super) fn below_recursion_limit(&self) -> bool {
        self.depth < RECURSION_LIMIT
    }

    pub(super) fn ascend(&mut self) {
        self.depth -= 1;
    }

    // ---- symbols ----------------------------------------------------------

    /// The number of `name` mangled with the enclosing class's name.
    pub(super) fn mangled(&mut self, name: &'a str) -> NameId {
        // Only private names (`__x`) inside a class can change.
        match self.private {
            Some(class) if name.starts_with("__") => {
                self.names.intern_cow(mangle(Some(class.text), name))
            }
            _ => self.names.intern(name),
        }
    }

    /// The number of `name` exactly as written (unmangled).
    pub(super) fn unmangled(&mut self, name: &'a str) -> NameId {
        self.names.intern(name)
    }

    /// The flags of `name` in the current block (CPython's
    /// `symtable_lookup`).
    pub(super) fn lookup(&mut self, name: &'a str) -> SymbolFlags {
        let id = self.mangled(name);
        self.flags_in(self.cur(), id)
    }

    /// The flags of the (mangled) name `id` in the open block `scope`.
    pub(super) fn flags_in(&self, scope: usize, id: NameId) -> SymbolFlags {
        match self.find(scope, id) {
            Ok(index) => self.symbols[index].flags,
            Err(_) => SymbolFlags::EMPTY,
        }
    }

    /// The symbol of the open block `scope` for the name `id`; or, if it
    /// has none, the symbol of the nearest open block inside it that has,
    /// whose `outer` link must then point at `scope`'s.
    #[inline]
    fn find(&self, scope: usize, id: NameId) -> Result<usize, Option<usize>> {
        let mut inner = None;
        let mut next = self.innermost.get(id.index()).copied().flatten();
        while let Some(index) = next {
            let index = index.get();
            let symbol = &self.symbols[index];
            let block = symbol.block as usize;
            // Blocks are numbered in the order opened: the open blocks
            // around `scope` have smaller numbers, those inside larger.
            if block <= scope {
                if block == scope {
                    return Ok(index);
                }
                break;
            }
            inner = Some(index);
            next = symbol.outer;
        }
        Err(inner)
    }

    /// The symbol of the open block `scope` for the name `id`, added if it
    /// is new there.
    #[inline]
    fn find_or_add(&mut self, scope: usize, id: NameId) -> usize {
        match self.find(scope, id) {
            Ok(index) => index,
            Err(inner) => self.add_symbol(scope, id, inner, SymbolFlags::EMPTY),
        }
    }

    /// Adds a symbol with `flags` for the name `id` to the open block
    /// `scope`, which has none; `inner` is the symbol for it in the nearest
    /// open block inside `scope` that has one.
    #[inline(never)]
    fn add_symbol(
        &mut self,
        scope: usize,
        id: NameId,
        inner: Option<usize>,
        flags: SymbolFlags,
    ) -> usize {
        if self.innermost.len() <= id.index() {
            self.innermost.resize(id.index() + 1, None);
        }
        let index = SymbolIndex::new(self.symbols.len());
        let link = match inner {
            Some(inner) => &mut self.symbols[inner].outer,
            None => &mut self.innermost[id.index()],
        };
        let outer = link.replace(index);
        self.symbols.push(RawSymbol {
            name: id,
            flags,
            block: scope as u32,
            next: None,
            outer,
        });
        let ste = &mut self.scopes[scope];
        match ste.last_symbol.replace(index) {
            Some(last) => self.symbols[last.get()].next = Some(index),
            None => ste.first_symbol = Some(index),
        }
        ste.symbol_count += 1;
        index.get()
    }

    /// Records `flag` for `name` in the current block (CPython's
    /// `symtable_add_def`).
    pub(super) fn add_def(&mut self, name: &'a str, flag: SymbolFlags, span: Span) -> Visit {
        self.add_def_in(name, flag, self.cur(), span)
    }

    /// Records `flag` for `name` in block `scope` (CPython's
    /// `symtable_add_def_helper`).
    #[inline(never)]
    pub(super) fn add_def_in(
        &mut self,
        name: &'a str,
        flag: SymbolFlags,
        scope: usize,
        span: Span,
    ) -> Visit {
        self.record(name, flag, scope, span)
    }

    /// [`Builder::add_def_in`], inlined where names are read and bound
    /// (`visit_name`), the most frequent caller by far.
    #[inline(always)]
    pub(super) fn record(
        &mut self,
        name: &'a str,
        flag: SymbolFlags,
        scope: usize,
        span: Span,
    ) -> Visit {
        // Every name occurrence comes here, nearly all to record a plain
        // use or binding of a name (that mangling leaves alone). Those
        // take a short path, which calls nothing it must come back to but
        // to number a new name; the others the general one.
        let special = flag.intersects(SymbolFlags::DEF_PARAM | SymbolFlags::DEF_GLOBAL)
            || (self.comp_iter_targets > 0 && self.scopes[scope].comp_iter_target);
        let private = self.private.is_some() && name.starts_with("__");
        if special || private {
            return self.add_def_general(name, flag, scope, span);
        }
        let id = self.names.intern(name);
        match self.find(scope, id) {
            Ok(index) => self.symbols[index].flags |= flag,
            Err(inner) => _ = self.add_symbol(scope, id, inner, flag),
        }
        Ok(())
    }

    /// [`Builder::add_def_in`] for any name and definition.
    #[inline(never)]
    fn add_def_general(
        &mut self,
        name: &'a str,
        flag: SymbolFlags,
        scope: usize,
        span: Span,
    ) -> Visit {
        let id = self.mangled(name);
        // Names are stored once: later definitions and uses only update.
        // (An error abandons the whole table, so storing first is harmless.)
        let index = self.find_or_add(scope, id);
        let special = SymbolFlags::DEF_PARAM | SymbolFlags::DEF_GLOBAL;
        let comp_iter_target = self.comp_iter_targets > 0 && self.scopes[scope].comp_iter_target;
        if flag.intersects(special) || comp_iter_target {
            return self.add_def_special(name, id, index, flag, scope, span);
        }
        self.symbols[index].flags |= flag;
        Ok(())
    }

    /// [`Builder::add_def_in`] for the few definitions that need more
    /// than their flags recorded: parameters, globals and comprehension
    /// iteration variables.
    #[inline(never)]
    fn add_def_special(
        &mut self,
        name: &'a str,
        id: NameId,
        index: usize,
        flag: SymbolFlags,
        scope: usize,
        span: Span,
    ) -> Visit {
        let ste = &mut self.scopes[scope];
        let flags = &mut self.symbols[index].flags;
        if flag.contains(SymbolFlags::DEF_PARAM) && flags.contains(SymbolFlags::DEF_PARAM) {
            return error(
                CompileErrorKind::DuplicateArgument { name: name.into() },
                span,
            );
        }
        *flags |= flag;
        if ste.comp_iter_target {
            // An iteration variable: it must not rebind an assignment
            // expression target of this comprehension, and later assignment
            // expressions must not rebind it.
            if flags.intersects(SymbolFlags::DEF_GLOBAL | SymbolFlags::DEF_NONLOCAL) {
                return error(
                    CompileErrorKind::InnerLoopRebindsNamedExpr { name: name.into() },
                    span,
                );
            }
            *flags |= SymbolFlags::DEF_COMP_ITER;
        }
        if flag.contains(SymbolFlags::DEF_PARAM) {
            ste.varnames.push(id);
        } else if flag.contains(SymbolFlags::DEF_GLOBAL) {
            // A global declaration anywhere also marks the module's symbol.
            let index = self.find_or_add(0, id);
            self.symbols[index].flags |= flag;
        }
        Ok(())
    }

    /// Records a parameter of the current block, a function or lambda just
    /// opened: [`Builder::add_def`] with `DEF_PARAM`, which makes it one of
    /// the block's varnames and must not repeat (the block is visiting no
    /// comprehension target yet).
    pub(super) fn add_parameter(&mut self, name: &'a str, span: Span) -> Visit {
        let scope = self.cur();
        let id = self.mangled(name);
        let index = self.find_or_add(scope, id);
        let flags = &mut self.symbols[index].flags;
        if flags.contains(SymbolFlags::DEF_PARAM) {
            return error(
                CompileErrorKind::DuplicateArgument { name: name.into() },
                span,
            );
        }
        *flags |= SymbolFlags::DEF_PARAM;
        self.scopes[scope].varnames.push(id);
        Ok(())
    }

    /// Remembers where `name` was declared global or nonlocal (CPython's
    /// `symtable_record_directive`).
    pub(super) fn record_directive(&mut self, name: &'a str, span: Span) {
        let id = self.mangled(name);
        self.cur_scope().directives.push((id, span));
    }

    pub(super) fn set_comp_iter_target(&mut self, on: bool) {
        let scope = self.cur_scope();
        if scope.comp_iter_target != on {
            scope.comp_iter_target = on;
            if on {
                self.comp_iter_targets += 1;
            } else {
                self.comp_iter_targets -= 1;
            }
        }
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
