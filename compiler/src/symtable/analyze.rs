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

use std::collections::BTreeSet;

use indexmap::IndexMap;
use pyvm_source::Span;
use rustc_hash::{FxBuildHasher, FxHashMap};

use super::builder::{Block, RawScope};
use super::flags::{SymbolFlags, SymbolScope};
use super::future::FutureFeatures;
use super::table::{Scope, ScopeId, ScopeKind, Symbol, SymbolTable};
use crate::error::{CompileError, CompileErrorKind};

/// A set of names (ordered, so free variables passed through a scope are
/// added to it in a deterministic order).
type Names = BTreeSet<Box<str>>;

/// What the analysis decides for one block.
struct Resolved {
    symbols: IndexMap<Box<str>, Symbol, FxBuildHasher>,
    has_free: bool,
    child_has_free: bool,
    needs_class_closure: bool,
}

/// One block being analysed: CPython's `analyze_block` frame, kept on a
/// heap stack so that deeply nested scopes cannot exhaust the thread's
/// stack.
struct Frame<'a> {
    id: usize,
    /// The names bound in enclosing functions (`None` for the module).
    bound: Option<Names>,
    /// The free names the block passes to its parent.
    free: Names,
    scopes: FxHashMap<&'a str, SymbolScope>,
    has_free: bool,
    /// What the children see.
    new_bound: Names,
    new_global: Names,
    /// The free names of the children analysed so far.
    all_free: Names,
    child_has_free: bool,
    /// The next child to analyse.
    next_child: usize,
}

/// Analyses the blocks of the first pass and assembles the table.
pub(super) fn analyze(
    raw: Vec<RawScope>,
    future: FutureFeatures,
) -> Result<SymbolTable, CompileError> {
    let mut resolved: Vec<Option<Resolved>> = (0..raw.len()).map(|_| None).collect();
    let mut stack = vec![enter_block(&raw, 0, None, Names::new(), Names::new())?];
    while let Some(frame) = stack.last_mut() {
        let ste = &raw[frame.id];
        if let Some(&child) = ste.children.get(frame.next_child) {
            frame.next_child += 1;
            // CPython's `analyze_child_block`: the child works on copies.
            let bound = Some(frame.new_bound.clone());
            let global = frame.new_global.clone();
            let child = enter_block(&raw, child, bound, Names::new(), global)?;
            stack.push(child);
            continue;
        }
        let frame = stack.pop().expect("a frame is open");
        let id = frame.id;
        let free = exit_block(&raw[id], frame, &mut resolved);
        if let Some(parent) = stack.last_mut() {
            parent.all_free.extend(free);
            let done = resolved[id].as_ref().expect("analysed");
            parent.child_has_free |= done.has_free || done.child_has_free;
        }
    }
    Ok(assemble(raw, &mut resolved, future))
}

/// The first half of CPython's `analyze_block`: the block's own names, and
/// what its children will see.
fn enter_block(
    raw: &[RawScope],
    id: usize,
    mut bound: Option<Names>,
    mut free: Names,
    mut global: Names,
) -> Result<Frame<'_>, CompileError> {
    let ste = &raw[id];
    let kind = match ste.kind {
        Block::Scope(kind) => kind,
        Block::Annotation => unreachable!("annotation blocks are nobody's children"),
    };
    let mut local = Names::new();
    let mut scopes = FxHashMap::default();
    let mut new_global = Names::new();
    let mut new_bound = Names::new();
    // Class names are not visible in nested functions: what the children
    // see is fixed before the class's own names are analysed.
    if kind == ScopeKind::Class {
        new_global.extend(global.iter().cloned());
        if let Some(bound) = &bound {
            new_bound.extend(bound.iter().cloned());
        }
    }
    let mut has_free = false;
    for (name, &flags) in &ste.symbols {
        let scope = analyze_name(
            ste,
            name,
            flags,
            bound.as_mut(),
            &mut local,
            &mut free,
            &mut global,
            &mut has_free,
        )?;
        scopes.insert(&**name, scope);
    }
    if kind == ScopeKind::Class {
        new_bound.insert("__class__".into());
    } else {
        if kind.is_function_like() {
            new_bound.extend(local);
        }
        if let Some(bound) = &bound {
            new_bound.extend(bound.iter().cloned());
        }
        new_global.extend(global.iter().cloned());
    }
    Ok(Frame {
        id,
        bound,
        free,
        scopes,
        has_free,
        new_bound,
        new_global,
        all_free: Names::new(),
        child_has_free: false,
        next_child: 0,
    })
}

/// The second half of CPython's `analyze_block`, once the children are
/// analysed: cells, the class closure, and the final symbols. Returns the
/// free names the block passes to its parent.
fn exit_block(ste: &RawScope, frame: Frame<'_>, resolved: &mut [Option<Resolved>]) -> Names {
    let Frame {
        id,
        bound,
        mut free,
        mut scopes,
        has_free,
        all_free: mut new_free,
        child_has_free,
        ..
    } = frame;
    let Block::Scope(kind) = ste.kind else {
        unreachable!("annotation blocks are nobody's children")
    };
    let mut needs_class_closure = false;
    if kind.is_function_like() {
        // CPython's `analyze_cells`: locals used by nested blocks.
        for (name, scope) in scopes.iter_mut() {
            if *scope == SymbolScope::Local && new_free.remove(*name) {
                *scope = SymbolScope::Cell;
            }
        }
    } else if kind == ScopeKind::Class {
        // CPython's `drop_class_free`.
        needs_class_closure = new_free.remove("__class__");
    }
    let is_class = kind == ScopeKind::Class;
    let symbols = update_symbols(ste, &scopes, bound.as_ref(), &new_free, is_class);
    free.extend(new_free);
    resolved[id] = Some(Resolved {
        symbols,
        has_free,
        child_has_free,
        needs_class_closure,
    });
    free
}

/// CPython's `analyze_name`: the scope of one name of block `ste`.
#[allow(clippy::too_many_arguments)]
fn analyze_name(
    ste: &RawScope,
    name: &str,
    flags: SymbolFlags,
    bound: Option<&mut Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
    has_free: &mut bool,
) -> Result<SymbolScope, CompileError> {
    if flags.contains(SymbolFlags::DEF_GLOBAL) {
        if flags.contains(SymbolFlags::DEF_NONLOCAL) {
            let kind = CompileErrorKind::NonlocalAndGlobal { name: name.into() };
            return Err(at_directive(ste, name, kind));
        }
        global.insert(name.into());
        if let Some(bound) = bound {
            bound.remove(name);
        }
        return Ok(SymbolScope::GlobalExplicit);
    }
    if flags.contains(SymbolFlags::DEF_NONLOCAL) {
        let Some(bound) = bound else {
            return Err(at_directive(
                ste,
                name,
                CompileErrorKind::NonlocalAtModuleLevel,
            ));
        };
        if !bound.contains(name) {
            let kind = CompileErrorKind::NoBindingForNonlocal { name: name.into() };
            return Err(at_directive(ste, name, kind));
        }
        *has_free = true;
        free.insert(name.into());
        return Ok(SymbolScope::Free);
    }
    if flags.intersects(SymbolFlags::DEF_BOUND) {
        local.insert(name.into());
        global.remove(name);
        return Ok(SymbolScope::Local);
    }
    // Bound in an enclosing function: free here.
    if bound.is_some_and(|bound| bound.contains(name)) {
        *has_free = true;
        free.insert(name.into());
        return Ok(SymbolScope::Free);
    }
    // Declared global in an enclosing function, or never bound: CPython
    // calls both implicit globals.
    if ste.nested && !global.contains(name) {
        *has_free = true;
    }
    Ok(SymbolScope::GlobalImplicit)
}

/// `kind` at the `global`/`nonlocal` declaration of `name` (CPython's
/// `error_at_directive`).
fn at_directive(ste: &RawScope, name: &str, kind: CompileErrorKind) -> CompileError {
    let span = ste
        .directives
        .iter()
        .find(|(declared, _)| &**declared == name)
        .map_or(Span::default(), |&(_, span)| span);
    CompileError::new(kind, span)
}

/// CPython's `update_symbols`: the block's symbols with their scopes, plus
/// the free variables of nested blocks that pass through it.
fn update_symbols(
    ste: &RawScope,
    scopes: &FxHashMap<&str, SymbolScope>,
    bound: Option<&Names>,
    free: &Names,
    is_class: bool,
) -> IndexMap<Box<str>, Symbol, FxBuildHasher> {
    let mut symbols: IndexMap<Box<str>, Symbol, FxBuildHasher> = ste
        .symbols
        .iter()
        .map(|(name, &flags)| {
            let scope = scopes[&**name];
            (name.clone(), Symbol { flags, scope })
        })
        .collect();
    for name in free {
        if let Some(symbol) = symbols.get_mut(name) {
            // A class name that a method uses free: the method sees the
            // enclosing function's binding, the class body its own.
            let class_binding = SymbolFlags::DEF_BOUND | SymbolFlags::DEF_GLOBAL;
            if is_class && symbol.flags.intersects(class_binding) {
                symbol.flags |= SymbolFlags::DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|bound| !bound.contains(name)) {
            continue; // a global
        }
        let symbol = Symbol {
            flags: SymbolFlags::EMPTY,
            scope: SymbolScope::Free,
        };
        symbols.insert(name.clone(), symbol);
    }
    symbols
}

/// Numbers the analysed scopes in pre-order, dropping annotation blocks
/// (which are nobody's children).
fn assemble(
    raw: Vec<RawScope>,
    resolved: &mut [Option<Resolved>],
    future: FutureFeatures,
) -> SymbolTable {
    let mut order = Vec::with_capacity(raw.len());
    let mut stack = vec![0usize];
    while let Some(id) = stack.pop() {
        order.push(id);
        stack.extend(raw[id].children.iter().rev());
    }
    let mut new_id = vec![None; raw.len()];
    for (index, &id) in order.iter().enumerate() {
        new_id[id] = Some(ScopeId(index as u32));
    }
    let mut parents = vec![None; raw.len()];
    for &id in &order {
        for &child in &raw[id].children {
            parents[child] = new_id[id];
        }
    }
    let mut raw: Vec<Option<RawScope>> = raw.into_iter().map(Some).collect();
    let mut scopes = Vec::with_capacity(order.len());
    let mut by_node = FxHashMap::with_capacity_and_hasher(order.len(), FxBuildHasher);
    for &id in &order {
        let ste = raw[id].take().expect("each block once");
        let done = resolved[id]
            .take()
            .expect("every reachable block is analysed");
        let Block::Scope(kind) = ste.kind else {
            unreachable!("annotation blocks are not reachable")
        };
        let scope_id = new_id[id].expect("numbered");
        by_node.insert(ste.node, scope_id);
        scopes.push(Scope {
            kind,
            name: ste.name,
            span: ste.span,
            lineno: ste.lineno,
            parent: parents[id],
            children: ste
                .children
                .iter()
                .map(|&child| new_id[child].expect("numbered"))
                .collect(),
            symbols: done.symbols,
            varnames: ste.varnames,
            private: ste.private,
            nested: ste.nested,
            is_generator: ste.generator,
            is_coroutine: ste.coroutine,
            has_varargs: ste.varargs,
            has_varkeywords: ste.varkeywords,
            returns_value: ste.returns_value,
            has_free: done.has_free,
            child_has_free: done.child_has_free,
            needs_class_closure: done.needs_class_closure,
        });
    }
    SymbolTable {
        scopes,
        by_node,
        future,
    }
}
