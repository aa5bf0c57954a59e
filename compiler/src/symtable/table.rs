//! The built table: its scopes, their symbols, and the questions codegen
//! asks of them.

use std::borrow::Cow;
use std::fmt;
use std::ops::Index;
use std::sync::Arc;

use pyvm_ast::{
    Expr, ExprDictComp, ExprGeneratorExp, ExprLambda, ExprListComp, ExprSetComp, Stmt,
    StmtAsyncFunctionDef, StmtClassDef, StmtFunctionDef,
};
use pyvm_source::{Lines, Span};
use rustc_hash::FxHashMap;

use super::flags::{SymbolFlags, SymbolScope};
use super::future::FutureFeatures;
use super::mangle::mangle;
use super::names::{NameId, NameTable};
use crate::error::ComprehensionKind;

/// What opened a scope.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ScopeKind {
    /// The module (also an `eval` expression or interactive input).
    Module,
    /// A class body.
    Class,
    /// A `def`.
    Function,
    /// An `async def`.
    AsyncFunction,
    /// A `lambda`.
    Lambda,
    /// A list, set or dict comprehension or a generator expression: each
    /// runs in its own function in Python 3.11.
    Comprehension(ComprehensionKind),
}

/// CPython's `_Py_block_ty`: how the compiler treats a scope's names.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BlockType {
    /// `ModuleBlock`: names live in the globals dict.
    Module,
    /// `ClassBlock`: names live in the class namespace.
    Class,
    /// `FunctionBlock` (functions, lambdas, comprehensions): names are
    /// fast locals and cells.
    Function,
}

impl BlockType {
    /// The name CPython's `symtable` module gives (`SymbolTable.get_type`).
    pub fn name(self) -> &'static str {
        match self {
            BlockType::Module => "module",
            BlockType::Class => "class",
            BlockType::Function => "function",
        }
    }
}

impl ScopeKind {
    /// The block type CPython gives the scope.
    pub fn block_type(self) -> BlockType {
        match self {
            ScopeKind::Module => BlockType::Module,
            ScopeKind::Class => BlockType::Class,
            _ => BlockType::Function,
        }
    }

    /// Whether the scope is a function (a `FunctionBlock`): a `def`,
    /// `lambda` or comprehension.
    pub fn is_function_like(self) -> bool {
        self.block_type() == BlockType::Function
    }
}

/// What a scope knows about one name.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Symbol {
    /// What the name does in the scope.
    pub flags: SymbolFlags,
    /// Where it lives.
    pub scope: SymbolScope,
}

impl Symbol {
    /// Whether the name is bound in the scope (assigned, a parameter or
    /// imported).
    pub fn is_bound(&self) -> bool {
        self.flags.intersects(SymbolFlags::DEF_BOUND)
    }

    /// Whether the name is a parameter.
    pub fn is_parameter(&self) -> bool {
        self.flags.contains(SymbolFlags::DEF_PARAM)
    }
}

/// The index of a [`Scope`] in its [`SymbolTable`]; scopes are numbered
/// in pre-order (the module is 0; a scope's children follow it, in source
/// order).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ScopeId(pub u32);

impl ScopeId {
    /// The module's scope.
    pub const MODULE: ScopeId = ScopeId(0);

    /// The id as an index into [`SymbolTable::scopes`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The symbols of a scope, found by name and listed in the order first
/// seen: a map from names to [`Symbol`]s.
///
/// The names themselves are the module's, stored once for all its scopes;
/// a scope keeps their numbers.
#[derive(Clone)]
pub struct Symbols {
    names: Arc<NameTable>,
    /// The symbols, in order.
    entries: Vec<(NameId, Symbol)>,
    /// For scopes with many symbols, a hash table of their positions in
    /// `entries` (plus one; 0 for an empty bucket), placed by name number
    /// ([`Symbols::bucket`]): a power of two long, at most half full. Fewer
    /// symbols are searched in order.
    by_name: Vec<u32>,
}

impl Symbols {
    /// More symbols than this are found through `by_name`.
    const FEW: usize = 16;

    /// No symbols yet, of names of `names`.
    pub(super) fn new(names: Arc<NameTable>) -> Symbols {
        Symbols {
            names,
            entries: Vec::new(),
            by_name: Vec::new(),
        }
    }

    /// Sets the symbols: `entries`, in order.
    pub(super) fn set(&mut self, entries: Vec<(NameId, Symbol)>) {
        self.by_name.clear();
        if entries.len() > Symbols::FEW {
            self.by_name
                .resize((entries.len() * 2).next_power_of_two(), 0);
            let mask = self.by_name.len() - 1;
            for (position, &(name, _)) in (1..).zip(&entries) {
                let mut bucket = self.bucket(name);
                while self.by_name[bucket] != 0 {
                    bucket = (bucket + 1) & mask;
                }
                self.by_name[bucket] = position;
            }
        }
        self.entries = entries;
    }

    /// The symbol for `name`.
    pub fn get(&self, name: &str) -> Option<&Symbol> {
        let id = self.names.get(name)?;
        let position = if self.by_name.is_empty() {
            self.entries.iter().position(|&(name, _)| name == id)?
        } else {
            let mask = self.by_name.len() - 1;
            let mut bucket = self.bucket(id);
            loop {
                let position = self.by_name[bucket].checked_sub(1)? as usize;
                if self.entries[position].0 == id {
                    break position;
                }
                bucket = (bucket + 1) & mask;
            }
        };
        Some(&self.entries[position].1)
    }

    /// Where name `id` goes in `by_name` (Fibonacci hashing: a scope's
    /// name numbers tend to run in sequence).
    fn bucket(&self, id: NameId) -> usize {
        let bits = self.by_name.len().trailing_zeros();
        (id.number().wrapping_mul(0x9E37_79B9) >> (32 - bits)) as usize
    }

    /// Whether there is a symbol for `name`.
    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// How many symbols there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The names and their symbols, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Symbol)> {
        self.entries
            .iter()
            .map(|(name, symbol)| (&self.names[*name], symbol))
    }

    /// The names, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.iter().map(|(name, _)| name)
    }
}

impl Index<&str> for Symbols {
    type Output = Symbol;

    fn index(&self, name: &str) -> &Symbol {
        self.get(name).expect("no symbol for the name")
    }
}

impl fmt::Debug for Symbols {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// How codegen loads and stores a name (the `optype` of CPython's
/// `compiler_nameop`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum NameOp {
    /// A fast local of a function (`LOAD_FAST`).
    Fast,
    /// A cell or free variable (`LOAD_DEREF`; a load in a class body is
    /// `LOAD_CLASSDEREF`, which looks in the class namespace first).
    Deref,
    /// A global (`LOAD_GLOBAL`).
    Global,
    /// A namespace lookup (`LOAD_NAME`): module and class bodies, and names
    /// the table does not know.
    Name,
}

/// One scope: a module, class, function, lambda or comprehension
/// (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct Scope {
    /// What opened the scope.
    pub kind: ScopeKind,
    /// `top` for the module, the function or class name, `lambda`,
    /// `listcomp`, `setcomp`, `dictcomp` or `genexpr` ([`Scope::name`]).
    pub(super) name: NameId,
    /// The node's source range (empty at 0 for the module).
    pub span: Span,
    /// The enclosing scope.
    pub parent: Option<ScopeId>,
    /// The scopes opened directly inside, in source order (the order
    /// CPython visits them: defaults, annotations and decorators before the
    /// function they belong to).
    pub children: Vec<ScopeId>,
    /// Every name the scope mentions (mangled), in the order first seen;
    /// free variables passed through from nested scopes come last.
    pub symbols: Symbols,
    /// The parameters, in `co_varnames` order: positional-only,
    /// positional, keyword-only, `*args`, `**kwargs` (`.0` for a
    /// comprehension). Codegen appends the other fast locals in the order
    /// it first emits them, as CPython's `compiler_nameop` does
    /// ([`Scope::varnames`]).
    pub(super) varnames: Vec<NameId>,
    /// The class whose name mangles private names here: the class itself
    /// for a class body, the innermost enclosing class for code nested in
    /// one (CPython's `u_private`).
    pub(super) private: Option<NameId>,
    /// Whether the scope is inside a function (CPython's `ste_nested`).
    pub nested: bool,
    /// Whether the scope is a generator (contains `yield`, or is a
    /// generator expression).
    pub is_generator: bool,
    /// Whether the scope is a coroutine: an `async def`, or a scope with
    /// `await` or an asynchronous comprehension (codegen reports those
    /// outside `async def`).
    pub is_coroutine: bool,
    /// Whether there is a `*args` parameter.
    pub has_varargs: bool,
    /// Whether there is a `**kwargs` parameter.
    pub has_varkeywords: bool,
    /// Whether a `return` has a value.
    pub returns_value: bool,
    /// Whether the scope has free variables (CPython's `ste_free`).
    pub has_free: bool,
    /// Whether a nested scope has free variables (`ste_child_free`).
    pub child_has_free: bool,
    /// For a class: a method uses `super` or `__class__`, so the class
    /// body needs the implicit `__class__` cell and stores it as
    /// `__classcell__` in the namespace (CPython's
    /// `ste_needs_class_closure`).
    pub needs_class_closure: bool,
}

impl Scope {
    /// `top` for the module, the function or class name, `lambda`,
    /// `listcomp`, `setcomp`, `dictcomp` or `genexpr`.
    pub fn name(&self) -> &str {
        &self.symbols.names[self.name]
    }

    /// The parameters, in `co_varnames` order: positional-only,
    /// positional, keyword-only, `*args`, `**kwargs` (`.0` for a
    /// comprehension).
    pub fn varnames(&self) -> impl ExactSizeIterator<Item = &str> {
        self.varnames.iter().map(|&name| &self.symbols.names[name])
    }

    /// The class whose name mangles private names here.
    pub fn private(&self) -> Option<&str> {
        self.private.map(|name| &self.symbols.names[name])
    }

    /// `name` mangled as this scope stores it.
    pub fn mangle<'a>(&'a self, name: &'a str) -> Cow<'a, str> {
        mangle(self.private(), name)
    }

    /// The symbol for `name` as written in the scope (mangled first).
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.symbols.get(&self.mangle(name))
    }

    /// Where `name` as written in the scope lives, if the scope mentions it.
    pub fn scope_of(&self, name: &str) -> Option<SymbolScope> {
        self.lookup(name).map(|symbol| symbol.scope)
    }

    /// The cell variables, in CPython's `co_cellvars` order: sorted by
    /// name; a class that needs it has just the implicit `__class__`.
    pub fn cellvars(&self) -> Vec<&str> {
        if self.needs_class_closure {
            return vec!["__class__"];
        }
        self.sorted_names(|symbol| symbol.scope == SymbolScope::Cell)
    }

    /// The free variables, in CPython's `co_freevars` order: sorted by
    /// name; for a class, also its own names used free in its methods.
    pub fn freevars(&self) -> Vec<&str> {
        self.sorted_names(|symbol| {
            symbol.scope == SymbolScope::Free || symbol.flags.contains(SymbolFlags::DEF_FREE_CLASS)
        })
    }

    fn sorted_names(&self, keep: impl Fn(&Symbol) -> bool) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .symbols
            .iter()
            .filter(|(_, symbol)| keep(symbol))
            .map(|(name, _)| name)
            .collect();
        names.sort_unstable();
        names
    }

    /// How codegen accesses `name` as written in the scope, as CPython's
    /// `compiler_nameop` decides.
    pub fn name_op(&self, name: &str) -> NameOp {
        let function = self.kind.is_function_like();
        match self.scope_of(name) {
            Some(SymbolScope::Free | SymbolScope::Cell) => NameOp::Deref,
            Some(SymbolScope::Local) if function => NameOp::Fast,
            Some(SymbolScope::GlobalImplicit) if function => NameOp::Global,
            Some(SymbolScope::GlobalExplicit) => NameOp::Global,
            _ => NameOp::Name,
        }
    }
}

/// A tree node that opens a scope, to find its [`Scope`] with
/// [`SymbolTable::lookup_node`].
#[derive(Clone, Copy, Debug)]
pub enum ScopeNode<'a> {
    /// `def`
    FunctionDef(&'a StmtFunctionDef),
    /// `async def`
    AsyncFunctionDef(&'a StmtAsyncFunctionDef),
    /// `class`
    ClassDef(&'a StmtClassDef),
    /// `lambda`
    Lambda(&'a ExprLambda),
    /// A list comprehension.
    ListComp(&'a ExprListComp),
    /// A set comprehension.
    SetComp(&'a ExprSetComp),
    /// A dict comprehension.
    DictComp(&'a ExprDictComp),
    /// A generator expression.
    GeneratorExp(&'a ExprGeneratorExp),
}

impl<'a> ScopeNode<'a> {
    /// The statement as a scope node, if it opens a scope.
    pub fn from_stmt(stmt: &'a Stmt) -> Option<ScopeNode<'a>> {
        match stmt {
            Stmt::FunctionDef(s) => Some(ScopeNode::FunctionDef(s)),
            Stmt::AsyncFunctionDef(s) => Some(ScopeNode::AsyncFunctionDef(s)),
            Stmt::ClassDef(s) => Some(ScopeNode::ClassDef(s)),
            _ => None,
        }
    }

    /// The expression as a scope node, if it opens a scope.
    pub fn from_expr(expr: &'a Expr) -> Option<ScopeNode<'a>> {
        match expr {
            Expr::Lambda(e) => Some(ScopeNode::Lambda(e)),
            Expr::ListComp(e) => Some(ScopeNode::ListComp(e)),
            Expr::SetComp(e) => Some(ScopeNode::SetComp(e)),
            Expr::DictComp(e) => Some(ScopeNode::DictComp(e)),
            Expr::GeneratorExp(e) => Some(ScopeNode::GeneratorExp(e)),
            _ => None,
        }
    }

    /// The node's address: the key CPython also uses (`PySymtable_Lookup`
    /// keys entries by the AST node pointer).
    pub(super) fn address(self) -> usize {
        match self {
            ScopeNode::FunctionDef(n) => n as *const _ as usize,
            ScopeNode::AsyncFunctionDef(n) => n as *const _ as usize,
            ScopeNode::ClassDef(n) => n as *const _ as usize,
            ScopeNode::Lambda(n) => n as *const _ as usize,
            ScopeNode::ListComp(n) => n as *const _ as usize,
            ScopeNode::SetComp(n) => n as *const _ as usize,
            ScopeNode::DictComp(n) => n as *const _ as usize,
            ScopeNode::GeneratorExp(n) => n as *const _ as usize,
        }
    }

    fn span(self) -> Span {
        match self {
            ScopeNode::FunctionDef(n) => n.span,
            ScopeNode::AsyncFunctionDef(n) => n.span,
            ScopeNode::ClassDef(n) => n.span,
            ScopeNode::Lambda(n) => n.span,
            ScopeNode::ListComp(n) => n.span,
            ScopeNode::SetComp(n) => n.span,
            ScopeNode::DictComp(n) => n.span,
            ScopeNode::GeneratorExp(n) => n.span,
        }
    }
}

/// The scopes of one module and what every name in them is (CPython's
/// `struct symtable`), built by [`build`](super::build).
///
/// Codegen finds the scope of each function, class, lambda and
/// comprehension it compiles with [`SymbolTable::lookup_node`], which keys
/// scopes by the node's address as CPython does: walk the very tree the
/// table was built from, without moving or changing it in between.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub(super) scopes: Vec<Scope>,
    /// The lines of the source, for [`SymbolTable::lineno`].
    pub(super) lines: Lines,
    pub(super) by_node: FxHashMap<usize, ScopeId>,
    pub(super) future: FutureFeatures,
}

impl SymbolTable {
    /// The module's scope.
    pub fn root(&self) -> &Scope {
        &self.scopes[0]
    }

    /// The scope with id `id`.
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.index()]
    }

    /// The first line of the node of scope `id` (0 for the module), as
    /// `co_firstlineno`. Worked out when asked: only the dump shows it.
    pub fn lineno(&self, id: ScopeId) -> u32 {
        if id == ScopeId::MODULE {
            return 0;
        }
        self.lines.line_of(self.scope(id).span.start)
    }

    /// Every scope, in pre-order (index = [`ScopeId`]).
    pub fn scopes(&self) -> &[Scope] {
        &self.scopes
    }

    /// The children of scope `id`, in source order.
    pub fn children(&self, id: ScopeId) -> impl Iterator<Item = (ScopeId, &Scope)> {
        self.scope(id)
            .children
            .iter()
            .map(|&child| (child, self.scope(child)))
    }

    /// The scope `node` opened, if `node` belongs to the tree the table was
    /// built from.
    pub fn lookup_node(&self, node: ScopeNode<'_>) -> Option<ScopeId> {
        let id = *self.by_node.get(&node.address())?;
        // A node at the same address in another tree would have another span
        // most of the time; catch that misuse.
        (self.scope(id).span == node.span()).then_some(id)
    }

    /// The future features in effect.
    pub fn future(&self) -> FutureFeatures {
        self.future
    }
}
