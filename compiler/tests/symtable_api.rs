//! The symbol table's API as codegen uses it: finding scopes by node, the
//! cell and free variables in CPython's order, how each name is reached,
//! and the facts about each scope (generator, coroutine, class closure…).

use pyvm_ast::{
    Constant, Expr, ExprConstant, ExprUnaryOp, Mod, ModFunctionType, ModModule, Stmt, StmtExpr,
    UnaryOp,
};
use pyvm_compiler::error::{CompileErrorKind, ComprehensionKind};
use pyvm_compiler::symtable::{
    build, build_with_future, mangle, BlockType, FutureFeatures, NameOp, Scope, ScopeId, ScopeKind,
    ScopeNode, SymbolFlags, SymbolScope, SymbolTable,
};
use pyvm_parser::Mode;
use pyvm_source::{SourceFile, Span};

fn table_of(source: &str) -> (Mod, SymbolTable) {
    let file = SourceFile::new("<test>", source);
    let module = Mod::Module(pyvm_parser::parse_module(file.text()).expect("parses"));
    let table = build(&module, &file).expect("builds");
    (module, table)
}

/// The first scope named `name`, in pre-order.
fn scope<'t>(table: &'t SymbolTable, name: &str) -> &'t Scope {
    table
        .scopes()
        .iter()
        .find(|s| s.name() == name)
        .unwrap_or_else(|| panic!("no scope {name}"))
}

#[test]
fn mangling_follows_cpython() {
    assert_eq!(mangle(Some("C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("__C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("C"), "__x__"), "__x__");
    assert_eq!(mangle(Some("C"), "__"), "__");
    assert_eq!(mangle(Some("C"), "___"), "___");
    assert_eq!(mangle(Some("C"), "_x"), "_x");
    assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
    assert_eq!(mangle(Some("__"), "__x"), "__x");
    assert_eq!(mangle(None, "__x"), "__x");
    assert_eq!(mangle(Some("Ça"), "__é"), "_Ça__é");
}

#[test]
fn scopes_are_found_by_node() {
    let source = "def f():\n    return lambda: [x for x in y]\nclass C:\n    pass\n";
    let (module, table) = table_of(source);
    let Mod::Module(ModModule { body, .. }) = &module else {
        unreachable!()
    };
    let f = table
        .lookup_node(ScopeNode::from_stmt(&body[0]).unwrap())
        .unwrap();
    assert_eq!(table.scope(f).name(), "f");
    assert_eq!(table.scope(f).kind, ScopeKind::Function);
    let c = table
        .lookup_node(ScopeNode::from_stmt(&body[1]).unwrap())
        .unwrap();
    assert_eq!(table.scope(c).kind, ScopeKind::Class);
    let Stmt::FunctionDef(def) = &body[0] else {
        unreachable!()
    };
    let Stmt::Return(ret) = &def.body[0] else {
        unreachable!()
    };
    let lambda_expr = ret.value.as_deref().unwrap();
    let lambda = table
        .lookup_node(ScopeNode::from_expr(lambda_expr).unwrap())
        .unwrap();
    assert_eq!(table.scope(lambda).kind, ScopeKind::Lambda);
    assert_eq!(table.scope(lambda).parent, Some(f));
    let Expr::Lambda(l) = lambda_expr else {
        unreachable!()
    };
    let comp = table
        .lookup_node(ScopeNode::from_expr(&l.body).unwrap())
        .unwrap();
    assert_eq!(
        table.scope(comp).kind,
        ScopeKind::Comprehension(ComprehensionKind::List)
    );
    assert_eq!(table.scope(comp).varnames().collect::<Vec<_>>(), [".0"]);
    // Pre-order numbering.
    let names: Vec<&str> = table.scopes().iter().map(|s| s.name()).collect();
    assert_eq!(names, ["top", "f", "lambda", "listcomp", "C"]);
    assert_eq!(table.root().children, [ScopeId(1), ScopeId(4)]);
    // A node of another tree is not found.
    let copy = module.clone();
    let Mod::Module(ModModule { body: copied, .. }) = &copy else {
        unreachable!()
    };
    let other = ScopeNode::from_stmt(&copied[0]).unwrap();
    assert_eq!(table.lookup_node(other), None);
    assert!(ScopeNode::from_stmt(&copied[0]).is_some());
}

#[test]
fn cells_and_free_variables_are_sorted() {
    let source = "\
def f(b, a):
    z = y = 1
    def g():
        return z, y, b, a
    return g
";
    let (_, table) = table_of(source);
    let f = scope(&table, "f");
    assert_eq!(f.cellvars(), ["a", "b", "y", "z"]);
    assert_eq!(f.freevars(), Vec::<&str>::new());
    assert_eq!(f.varnames().collect::<Vec<_>>(), ["b", "a"]);
    let g = scope(&table, "g");
    assert_eq!(g.freevars(), ["a", "b", "y", "z"]);
    assert!(g.has_free);
    assert!(f.child_has_free);
}

#[test]
fn classes_get_the_class_cell() {
    let source = "\
def outer():
    x = 1
    class C:
        x = 2
        def m(self):
            return super().m(x)
    class D:
        def m(self):
            return 1
    return C, D
";
    let (_, table) = table_of(source);
    let c = scope(&table, "C");
    assert!(c.needs_class_closure);
    assert_eq!(c.cellvars(), ["__class__"]);
    // `x` is bound in the class and free in the method: both.
    assert_eq!(c.freevars(), ["x"]);
    let x = c.lookup("x").unwrap();
    assert_eq!(x.scope, SymbolScope::Local);
    assert!(x.flags.contains(SymbolFlags::DEF_FREE_CLASS));
    assert_eq!(c.name_op("x"), NameOp::Name);
    let m = scope(&table, "m");
    assert_eq!(m.freevars(), ["__class__", "x"]);
    assert_eq!(m.name_op("super"), NameOp::Global);
    assert_eq!(m.name_op("x"), NameOp::Deref);
    let d = scope(&table, "D");
    assert!(!d.needs_class_closure);
    assert!(d.cellvars().is_empty());
    assert_eq!(scope(&table, "outer").cellvars(), ["x"]);
}

#[test]
fn names_are_reached_as_codegen_expects() {
    let source = "\
import os
x = 1
def f(p):
    global g
    l = p
    def inner():
        return l
    return os, g, l, inner, undefined
class K:
    y = 1
    def __m(self):
        __private = 1
        return __private
";
    let (_, table) = table_of(source);
    let top = table.root();
    assert_eq!(top.kind.block_type(), BlockType::Module);
    assert_eq!(top.name_op("x"), NameOp::Name);
    assert_eq!(top.name_op("os"), NameOp::Name);
    assert_eq!(top.name_op("g"), NameOp::Global);
    assert_eq!(top.lookup("g").unwrap().scope, SymbolScope::GlobalExplicit);
    let f = scope(&table, "f");
    assert_eq!(f.name_op("p"), NameOp::Fast);
    assert_eq!(f.name_op("l"), NameOp::Deref);
    assert_eq!(f.name_op("inner"), NameOp::Fast);
    assert_eq!(f.name_op("os"), NameOp::Global);
    assert_eq!(f.name_op("g"), NameOp::Global);
    assert_eq!(f.name_op("undefined"), NameOp::Global);
    assert_eq!(f.name_op("not_mentioned"), NameOp::Name);
    let k = scope(&table, "K");
    assert_eq!(k.private(), Some("K"));
    assert_eq!(k.name_op("y"), NameOp::Name);
    assert!(k.lookup("__m").is_some());
    assert!(k.symbols.contains_key("_K__m"));
    let m = scope(&table, "__m");
    assert_eq!(m.private(), Some("K"));
    assert_eq!(m.name_op("__private"), NameOp::Fast);
    assert!(m.symbols.contains_key("_K__private"));
    assert_eq!(top.private(), None);
}

#[test]
fn scopes_know_what_they_are() {
    let source = "\
def gen(*args, **kwargs):
    yield 1
    return 2
async def coro():
    await x
async def agen():
    yield 1
def calls_async_comp():
    return [y async for y in z]
def plain(a, /, b, *, c):
    pass
g = (v for v in w)
";
    let (_, table) = table_of(source);
    let gen = scope(&table, "gen");
    assert!(gen.is_generator && !gen.is_coroutine);
    assert!(gen.has_varargs && gen.has_varkeywords && gen.returns_value);
    assert_eq!(gen.varnames().collect::<Vec<_>>(), ["args", "kwargs"]);
    let coro = scope(&table, "coro");
    assert_eq!(coro.kind, ScopeKind::AsyncFunction);
    assert!(coro.is_coroutine && !coro.is_generator);
    let agen = scope(&table, "agen");
    assert!(agen.is_coroutine && agen.is_generator);
    // An asynchronous list comprehension makes the enclosing function a
    // coroutine in the table; codegen reports it outside `async def`.
    let calls = scope(&table, "calls_async_comp");
    assert!(calls.is_coroutine);
    let listcomp = scope(&table, "listcomp");
    assert!(listcomp.is_coroutine && !listcomp.is_generator);
    let plain = scope(&table, "plain");
    assert!(!plain.is_generator && !plain.has_varargs && !plain.returns_value);
    assert_eq!(plain.varnames().collect::<Vec<_>>(), ["a", "b", "c"]);
    let genexpr = scope(&table, "genexpr");
    assert!(genexpr.is_generator);
    assert!(!genexpr.nested);
    let genexpr_id = table
        .scopes()
        .iter()
        .position(|s| s.name() == "genexpr")
        .map(|index| ScopeId(index as u32))
        .expect("a genexpr scope");
    assert_eq!(table.lineno(genexpr_id), 12);
    assert_eq!(table.lineno(ScopeId::MODULE), 0);
    assert!(scope(&table, "listcomp").nested);
}

#[test]
fn future_annotations_hide_annotation_names() {
    let source = "from __future__ import annotations\ndef f(a: Ann) -> Ret:\n    x: Local = 1\n";
    let (_, table) = table_of(source);
    assert!(table.future().annotations);
    assert!(table.root().lookup("Ann").is_none());
    assert!(table.root().lookup("Ret").is_none());
    let f = scope(&table, "f");
    assert!(f.lookup("Local").is_none());
    assert!(f
        .lookup("x")
        .unwrap()
        .flags
        .contains(SymbolFlags::DEF_ANNOT));

    // Inherited, as compile() inherits its caller's features.
    let file = SourceFile::new("<test>", "def f(a: Ann):\n    pass\n");
    let module = Mod::Module(pyvm_parser::parse_module(file.text()).unwrap());
    let plain = build(&module, &file).unwrap();
    assert!(plain.root().lookup("Ann").is_some());
    let inherited = FutureFeatures {
        annotations: true,
        ..FutureFeatures::default()
    };
    let deferred = build_with_future(&module, &file, inherited).unwrap();
    assert!(deferred.root().lookup("Ann").is_none());
}

#[test]
fn other_modes_build() {
    let file = SourceFile::new("<test>", "[x for x in y]\n");
    let tree = pyvm_parser::parse(file.text(), Mode::Eval).unwrap();
    let table = build(&tree, &file).unwrap();
    assert_eq!(
        table.root().scope_of("y"),
        Some(SymbolScope::GlobalImplicit)
    );
    assert_eq!(table.scopes().len(), 2);

    let file = SourceFile::new("<test>", "z = 1\n");
    let tree = pyvm_parser::parse(file.text(), Mode::Single).unwrap();
    let table = build(&tree, &file).unwrap();
    assert_eq!(table.root().scope_of("z"), Some(SymbolScope::Local));

    let func_type = Mod::FunctionType(ModFunctionType {
        argtypes: vec![],
        returns: Box::new(constant(Span::new(0, 1))),
    });
    let error = build(&func_type, &file).unwrap_err();
    assert_eq!(error.kind, CompileErrorKind::FunctionTypeNotCompiled);
    assert_eq!(error.kind.exception_class().name(), "RuntimeError");
}

fn constant(span: Span) -> Expr {
    ExprConstant {
        span,
        value: Constant::None,
        kind: None,
    }
    .into()
}

/// `-(-(…(None)))`, `depth` levels: deeper than the parser accepts, so
/// built by hand.
fn deep_module(depth: usize) -> Mod {
    let span = Span::new(0, 1);
    let mut expr = constant(span);
    for _ in 0..depth {
        expr = ExprUnaryOp {
            span,
            op: UnaryOp::USub,
            operand: Box::new(expr),
        }
        .into();
    }
    let stmt = StmtExpr {
        span,
        value: Box::new(expr),
    };
    Mod::Module(ModModule {
        body: vec![stmt.into()],
        type_ignores: vec![],
    })
}

#[test]
fn deep_trees_hit_the_recursion_limit_not_the_stack() {
    let file = SourceFile::new("<test>", "x\n");
    // Within the limit (one level is the statement), on a test thread's
    // 2 MiB stack.
    let module = deep_module(2998);
    assert!(build(&module, &file).is_ok());
    let module = deep_module(3100);
    let error = build(&module, &file).unwrap_err();
    assert_eq!(error.kind, CompileErrorKind::RecursionLimit);
    assert_eq!(error.kind.exception_class().name(), "RecursionError");
    assert_eq!(
        error.to_string(),
        "maximum recursion depth exceeded during compilation"
    );
}

#[test]
fn deeply_nested_scopes_are_analysed_without_recursion() {
    let source = format!("{}x\n", "lambda: ".repeat(2000));
    let file = SourceFile::new("<test>", source);
    let text = file.text().to_string();
    let module = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || pyvm_parser::parse_module(&text).unwrap())
        .unwrap()
        .join()
        .unwrap();
    let module = Mod::Module(module);
    let table = build(&module, &file).unwrap();
    assert_eq!(table.scopes().len(), 2001);
    let innermost = &table.scopes()[2000];
    assert_eq!(innermost.scope_of("x"), Some(SymbolScope::GlobalImplicit));
    assert!(innermost.nested);
    // Dropping the tree recurses too; do it on a deep stack.
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || drop(module))
        .unwrap()
        .join()
        .unwrap();
}
