//! The second pass: decide where every name lives, as CPython's
//! `symtable_analyze` does.
//!
//! Each block is analysed with the names bound in the enclosing functions
//! (`bound`) and the names known to be global (`global`). A name is global
//! when declared so, local when bound in the block, free when bound in an
//! enclosing function, and otherwise an implicit global. The free names of
//! the nested blocks flow back up: a local of a function that a nested block
//! uses becomes a cell; a class passes them through (class names are not
//! visible in methods) and keeps only `__class__`, which it provides.
//!
//! CPython gives each child block copies of the two sets, changed by what
//! its parent binds and declares. Here there is one copy, kept per name
//! ([`View`]): a block changes it for its own names before its children
//! are analysed, and changes it back after (each name occurs once in a
//! block, so these changes never affect the block's own analysis).

use std::sync::Arc;

use pyvm_source::Span;
use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};

use super::builder::{Block, Builder, RawScope, RawSymbol};
use super::flags::{SymbolFlags, SymbolScope};
use super::names::{NameId, NameTable};
use super::table::{Scope, ScopeId, ScopeKind, Symbol, SymbolTable, Symbols};
use crate::error::{CompileError, CompileErrorKind};

/// A set of names.
type NameSet = FxHashSet<NameId>;

/// What a block sees of one name: CPython's `bound` and `global` sets,
/// as the parent passes them.
#[derive(Clone, Copy, Default)]
struct Seen {
    /// Bound in an enclosing function.
    bound: bool,
    /// Known to be global.
    global: bool,
}

/// What the block being analysed sees of each name, and how to restore
/// what its parent sees.
struct View {
    seen: Vec<Seen>,
    /// The changes the open blocks made, to undo (name, what was seen
    /// before), oldest first.
    undo: Vec<(NameId, Seen)>,
}

impl View {
    fn get(&self, name: NameId) -> Seen {
        self.seen[name.index()]
    }

    fn set(&mut self, name: NameId, seen: Seen) {
        let old = std::mem::replace(&mut self.seen[name.index()], seen);
        self.undo.push((name, old));
    }

    /// Undoes the changes made since the undo log was `len` long.
    fn restore(&mut self, len: usize) {
        for (name, old) in self.undo.drain(len..).rev() {
            self.seen[name.index()] = old;
        }
    }
}

/// One open block of the analysis: CPython's `analyze_block` frame, kept
/// on a heap stack so that deeply nested scopes cannot exhaust the
/// thread's stack.
struct Frame {
    /// The block's number in the first pass.
    id: usize,
    /// Its scope's number in the table.
    scope: ScopeId,
    /// The length of the undo log before the block changed what its
    /// children see.
    undo: usize,
    /// The free names the block passes to its parent.
    free: NameSet,
    /// The free names of the children analysed so far.
    all_free: NameSet,
    /// The block's symbols with the scopes decided for them, in order.
    symbols: Vec<(NameId, Symbol)>,
}

/// The analysis of the blocks of the first pass.
struct Analysis<'r> {
    raw: &'r [RawScope],
    /// Each block's parameters, taken from it for its scope.
    varnames: Vec<Vec<NameId>>,
    symbols: &'r [RawSymbol],
    /// The module's names, as the table keeps them.
    names: Arc<NameTable>,
    view: View,
    /// For each name, the last block (and position in it) found to have
    /// it by [`Analysis::update_symbols`].
    position: Vec<Option<(usize, usize)>>,
    /// The table's scopes, numbered in pre-order as the analysis reaches
    /// them.
    scopes: Vec<Scope>,
    by_node: FxHashMap<usize, ScopeId>,
}

/// Analyses the blocks of the first pass and assembles the table.
pub(super) fn analyze(builder: Builder<'_>) -> Result<SymbolTable, CompileError> {
    let Builder {
        file,
        names,
        scopes: mut raw,
        symbols,
        future,
        ..
    } = builder;
    let varnames = raw
        .iter_mut()
        .map(|ste| std::mem::take(&mut ste.varnames))
        .collect();
    let lines = file.lines();
    let names = Arc::new(names.into_table());
    let mut analysis = Analysis {
        raw: &raw,
        varnames,
        symbols: &symbols,
        view: View {
            seen: vec![Seen::default(); names.len()],
            undo: Vec::new(),
        },
        position: Vec::new(),
        names,
        scopes: Vec::with_capacity(raw.len()),
        by_node: FxHashMap::with_capacity_and_hasher(raw.len(), FxBuildHasher),
    };
    // The blocks are in pre-order: a block's children follow it, each
    // followed by its own. Annotation blocks, and what is inside them, are
    // nobody's children and left out of the table.
    let mut stack: Vec<Frame> = Vec::new();
    for (id, ste) in raw.iter().enumerate() {
        if ste.in_annotation {
            continue;
        }
        while stack
            .last()
            .is_some_and(|frame| Some(frame.id) != ste.parent)
        {
            let frame = stack.pop().expect("a frame is open");
            analysis.exit_block(frame, stack.last_mut());
        }
        let parent = stack.last().map(|frame| frame.scope);
        stack.push(analysis.enter_block(id, parent)?);
    }
    while let Some(frame) = stack.pop() {
        analysis.exit_block(frame, stack.last_mut());
    }
    Ok(SymbolTable {
        scopes: analysis.scopes,
        lines,
        by_node: analysis.by_node,
        future,
    })
}

impl Analysis<'_> {
    /// The first half of CPython's `analyze_block`: the block's own names,
    /// and what its children will see; opens the block's scope in the
    /// table, inside `parent`'s.
    fn enter_block(&mut self, id: usize, parent: Option<ScopeId>) -> Result<Frame, CompileError> {
        let ste = &self.raw[id];
        let Block::Scope(kind) = ste.kind else {
            unreachable!("annotation blocks are nobody's children")
        };
        let undo = self.view.undo.len();
        let mut free = NameSet::default();
        let mut has_free = false;
        let function = kind.is_function_like();
        // What the children see of the names: only blocks with children
        // need change it. Class names are not visible in nested functions.
        let changes_view = ste.children > 0 && kind != ScopeKind::Class;
        let mut symbols = Vec::with_capacity(ste.symbol_count as usize);
        for symbol in ste.symbols(self.symbols) {
            let seen = self.view.get(symbol.name);
            let scope = self.analyze_name(ste, symbol, seen, &mut free, &mut has_free)?;
            let flags = symbol.flags;
            symbols.push((symbol.name, Symbol { flags, scope }));
            if !changes_view {
                continue;
            }
            // (The block's own analysis does not look at the name again.)
            let now = match scope {
                SymbolScope::GlobalExplicit => Seen {
                    bound: false,
                    global: true,
                },
                SymbolScope::Local => Seen {
                    bound: seen.bound || function,
                    global: false,
                },
                _ => continue,
            };
            self.view.set(symbol.name, now);
        }
        if kind == ScopeKind::Class && ste.children > 0 {
            // Methods see the class's `__class__` cell.
            let seen = self.view.get(NameId::CLASS);
            self.view.set(
                NameId::CLASS,
                Seen {
                    bound: true,
                    ..seen
                },
            );
        }
        let scope = ScopeId(self.scopes.len() as u32);
        if let Some(parent) = parent {
            self.scopes[parent.index()].children.push(scope);
        }
        self.by_node.insert(ste.node, scope);
        self.scopes.push(Scope {
            kind,
            name: ste.name,
            span: ste.span,
            parent,
            children: Vec::with_capacity(ste.children as usize),
            symbols: Symbols::new(Arc::clone(&self.names)),
            varnames: std::mem::take(&mut self.varnames[id]),
            private: ste.private,
            nested: ste.nested,
            is_generator: ste.generator,
            is_coroutine: ste.coroutine,
            has_varargs: ste.varargs,
            has_varkeywords: ste.varkeywords,
            returns_value: ste.returns_value,
            has_free,
            child_has_free: false,
            needs_class_closure: false,
        });
        Ok(Frame {
            id,
            scope,
            undo,
            free,
            all_free: NameSet::default(),
            symbols,
        })
    }

    /// The second half of CPython's `analyze_block`, once the children are
    /// analysed: cells, the class closure, and the final symbols; then the
    /// block's free names go to its parent's frame.
    fn exit_block(&mut self, frame: Frame, parent: Option<&mut Frame>) {
        let Frame {
            id,
            scope,
            undo,
            mut free,
            all_free: mut new_free,
            mut symbols,
        } = frame;
        // Back to what the block itself sees (and its siblings will).
        self.view.restore(undo);
        let ste = &self.raw[id];
        let mut needs_class_closure = false;
        if new_free.is_empty() {
            // Nothing to capture or pass through.
        } else if ste.is_function_block() {
            // CPython's `analyze_cells`: locals used by nested blocks.
            for (name, symbol) in &mut symbols {
                if symbol.scope == SymbolScope::Local && new_free.remove(name) {
                    symbol.scope = SymbolScope::Cell;
                }
            }
        } else if ste.kind == Block::Scope(ScopeKind::Class) {
            // CPython's `drop_class_free`.
            needs_class_closure = new_free.remove(&NameId::CLASS);
        }
        self.update_symbols(id, &mut symbols, &new_free);
        if !new_free.is_empty() {
            free.extend(new_free);
        }
        let done = &mut self.scopes[scope.index()];
        done.symbols.set(symbols);
        done.needs_class_closure = needs_class_closure;
        let has_free = done.has_free || done.child_has_free;
        if let Some(parent) = parent {
            if !free.is_empty() {
                parent.all_free.extend(free);
            }
            self.scopes[parent.scope.index()].child_has_free |= has_free;
        }
    }

    /// CPython's `analyze_name`: the scope of one name of block `ste`.
    fn analyze_name(
        &self,
        ste: &RawScope,
        symbol: &RawSymbol,
        seen: Seen,
        free: &mut NameSet,
        has_free: &mut bool,
    ) -> Result<SymbolScope, CompileError> {
        let RawSymbol { name, flags, .. } = *symbol;
        // Only the module sees no enclosing function at all.
        let in_function = ste.kind != Block::Scope(ScopeKind::Module);
        if flags.contains(SymbolFlags::DEF_GLOBAL) {
            if flags.contains(SymbolFlags::DEF_NONLOCAL) {
                let kind = CompileErrorKind::NonlocalAndGlobal {
                    name: self.names[name].into(),
                };
                return Err(at_directive(ste, name, kind));
            }
            return Ok(SymbolScope::GlobalExplicit);
        }
        if flags.contains(SymbolFlags::DEF_NONLOCAL) {
            if !in_function {
                return Err(at_directive(
                    ste,
                    name,
                    CompileErrorKind::NonlocalAtModuleLevel,
                ));
            }
            if !seen.bound {
                let kind = CompileErrorKind::NoBindingForNonlocal {
                    name: self.names[name].into(),
                };
                return Err(at_directive(ste, name, kind));
            }
            *has_free = true;
            free.insert(name);
            return Ok(SymbolScope::Free);
        }
        if flags.intersects(SymbolFlags::DEF_BOUND) {
            return Ok(SymbolScope::Local);
        }
        // Bound in an enclosing function: free here.
        if seen.bound {
            *has_free = true;
            free.insert(name);
            return Ok(SymbolScope::Free);
        }
        // Declared global in an enclosing function, or never bound: CPython
        // calls both implicit globals.
        if ste.nested && !seen.global {
            *has_free = true;
        }
        Ok(SymbolScope::GlobalImplicit)
    }

    /// CPython's `update_symbols`: to the symbols of block `id`, the free
    /// variables of nested blocks that pass through it.
    fn update_symbols(&mut self, id: usize, symbols: &mut Vec<(NameId, Symbol)>, free: &NameSet) {
        if free.is_empty() {
            return;
        }
        let ste = &self.raw[id];
        // Made on first use: few blocks pass free names through.
        self.position.resize(self.names.len(), None);
        for (position, &(name, _)) in symbols.iter().enumerate() {
            self.position[name.index()] = Some((id, position));
        }
        let is_class = ste.kind == Block::Scope(ScopeKind::Class);
        let mut passed_through = Vec::new();
        for &name in free {
            if let Some((_, index)) = self.position[name.index()].filter(|&(at, _)| at == id) {
                // A class name that a method uses free: the method sees the
                // enclosing function's binding, the class body its own.
                let symbol = &mut symbols[index].1;
                let class_binding = SymbolFlags::DEF_BOUND | SymbolFlags::DEF_GLOBAL;
                if is_class && symbol.flags.intersects(class_binding) {
                    symbol.flags |= SymbolFlags::DEF_FREE_CLASS;
                }
                continue;
            }
            let in_function = ste.kind != Block::Scope(ScopeKind::Module);
            if in_function && !self.view.get(name).bound {
                continue; // a global
            }
            passed_through.push(name);
        }
        // Passed-through names come last, in a fixed order (by name).
        passed_through.sort_unstable_by_key(|&name| &self.names[name]);
        let symbol = Symbol {
            flags: SymbolFlags::EMPTY,
            scope: SymbolScope::Free,
        };
        symbols.extend(passed_through.into_iter().map(|name| (name, symbol)));
    }
}

/// `kind` at the `global`/`nonlocal` declaration of `name` (CPython's
/// `error_at_directive`).
fn at_directive(ste: &RawScope, name: NameId, kind: CompileErrorKind) -> CompileError {
    let span = ste
        .directives
        .iter()
        .find(|&&(declared, _)| declared == name)
        .map_or(Span::default(), |&(_, span)| span);
    CompileError::new(kind, span)
}
