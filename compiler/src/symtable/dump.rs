//! A text form of a symbol table, line for line what
//! `scripts/symtable_reference.py` prints from CPython's `symtable` module.

use std::fmt::Write;

use super::flags::{SymbolFlags, SymbolScope};
use super::table::{Scope, ScopeId, Symbol, SymbolTable};

/// The table as text: one block per scope in pre-order,
///
/// ```text
/// <type> <name> line <lineno>[ nested][ optimized]
///   children: <name> <name> ...
///   varnames: <name> <name> ...
///   <symbol> <SCOPE> <FLAG|FLAG...> : <predicate> <predicate> ...
/// ```
///
/// with the symbols sorted by name and, after the colon, those of the
/// `symtable` module's `Symbol.is_*` predicates that hold.
///
/// ```
/// use pyvm_ast::Mod;
/// use pyvm_source::SourceFile;
///
/// let file = SourceFile::new("<example>", "def f(a):\n    return a + b\n");
/// let module = Mod::Module(pyvm_parser::parse_module(file.text()).unwrap());
/// let table = pyvm_compiler::symtable::build(&module, &file).unwrap();
/// assert_eq!(
///     pyvm_compiler::symtable::dump(&table),
///     "module top line 0\n  children: f\n  varnames:\n  \
///      f LOCAL DEF_LOCAL : is_local is_global is_assigned is_namespace\n\
///      function f line 1 optimized\n  children:\n  varnames: a\n  \
///      a LOCAL DEF_PARAM|USE : is_local is_parameter is_referenced\n  \
///      b GLOBAL_IMPLICIT USE : is_global is_referenced\n"
/// );
/// ```
pub fn dump(table: &SymbolTable) -> String {
    let mut out = String::new();
    dump_scope(table, ScopeId::MODULE, &mut out);
    out
}

fn dump_scope(table: &SymbolTable, id: ScopeId, out: &mut String) {
    let scope = table.scope(id);
    let block = scope.kind.block_type();
    let _ = write!(
        out,
        "{} {} line {}",
        block.name(),
        scope.name(),
        table.lineno(id)
    );
    if scope.nested {
        out.push_str(" nested");
    }
    if scope.kind.is_function_like() {
        out.push_str(" optimized");
    }
    out.push_str("\n  children:");
    for (_, child) in table.children(id) {
        out.push(' ');
        out.push_str(child.name());
    }
    out.push_str("\n  varnames:");
    for name in scope.varnames() {
        out.push(' ');
        out.push_str(name);
    }
    out.push('\n');
    let mut symbols: Vec<(&str, &Symbol)> = scope.symbols.iter().collect();
    symbols.sort_unstable_by_key(|&(name, _)| name);
    for (name, symbol) in symbols {
        let _ = write!(out, "  {name} {} {} :", symbol.scope.name(), symbol.flags);
        for predicate in predicates(table, scope, name, symbol) {
            out.push(' ');
            out.push_str(predicate);
        }
        out.push('\n');
    }
    for &child in &scope.children {
        dump_scope(table, child, out);
    }
}

/// The `symtable.Symbol.is_*` methods that return true, in a fixed order.
fn predicates(
    table: &SymbolTable,
    scope: &Scope,
    name: &str,
    symbol: &Symbol,
) -> Vec<&'static str> {
    let flags = symbol.flags;
    let s = symbol.scope;
    // The `symtable` module treats a table named `top` (the module, or any
    // function so named) as a module scope.
    let module_bound = scope.name() == "top" && flags.intersects(SymbolFlags::DEF_BOUND);
    let namespace = scope
        .children
        .iter()
        .any(|&child| table.scope(child).name() == name);
    let checks = [
        (
            "is_local",
            matches!(s, SymbolScope::Local | SymbolScope::Cell) || module_bound,
        ),
        (
            "is_global",
            matches!(s, SymbolScope::GlobalImplicit | SymbolScope::GlobalExplicit) || module_bound,
        ),
        ("is_declared_global", s == SymbolScope::GlobalExplicit),
        ("is_free", s == SymbolScope::Free),
        ("is_parameter", flags.contains(SymbolFlags::DEF_PARAM)),
        ("is_referenced", flags.contains(SymbolFlags::USE)),
        ("is_assigned", flags.contains(SymbolFlags::DEF_LOCAL)),
        ("is_imported", flags.contains(SymbolFlags::DEF_IMPORT)),
        ("is_annotated", flags.contains(SymbolFlags::DEF_ANNOT)),
        ("is_namespace", namespace),
        ("is_nonlocal", flags.contains(SymbolFlags::DEF_NONLOCAL)),
    ];
    checks
        .into_iter()
        .filter_map(|(name, holds)| holds.then_some(name))
        .collect()
}
