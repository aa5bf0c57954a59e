//! `Visitor` and `Transformer` against CPython's `ast.NodeVisitor` and
//! `ast.NodeTransformer`: the order nodes are visited in, a name counter,
//! and a renaming transformer (expected outputs recorded by
//! `scripts/record_ast_dumps.py`).

use std::path::Path;

use pyvm_ast::*;
use pyvm_source::SourceFile;

fn read(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn programs() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("tests/programs")
        .map(|entry| entry.expect("dir entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .map(|path| {
            path.file_stem()
                .expect("stem")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

fn cpython_tree(name: &str) -> Mod {
    from_json(&read(&format!("expected/{name}.json"))).expect("recorded JSON")
}

/// Records the CPython class name of every node visited, as the recording
/// script's `generic_visit` does.
#[derive(Default)]
struct Order(Vec<&'static str>);

impl<'a> Visitor<'a> for Order {
    fn visit_mod(&mut self, node: &'a Mod) {
        self.0.push(node.kind_name());
        walk_mod(self, node);
    }
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        self.0.push(stmt.kind_name());
        walk_stmt(self, stmt);
    }
    fn visit_expr(&mut self, expr: &'a Expr) {
        self.0.push(expr.kind_name());
        walk_expr(self, expr);
    }
    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        self.0.push(pattern.kind_name());
        walk_pattern(self, pattern);
    }
    fn visit_except_handler(&mut self, handler: &'a ExceptHandler) {
        self.0.push("ExceptHandler");
        walk_except_handler(self, handler);
    }
    fn visit_arguments(&mut self, arguments: &'a Arguments) {
        self.0.push("arguments");
        walk_arguments(self, arguments);
    }
    fn visit_arg(&mut self, arg: &'a Arg) {
        self.0.push("arg");
        walk_arg(self, arg);
    }
    fn visit_keyword(&mut self, keyword: &'a Keyword) {
        self.0.push("keyword");
        walk_keyword(self, keyword);
    }
    fn visit_alias(&mut self, _: &'a Alias) {
        self.0.push("alias");
    }
    fn visit_with_item(&mut self, item: &'a WithItem) {
        self.0.push("withitem");
        walk_with_item(self, item);
    }
    fn visit_match_case(&mut self, case: &'a MatchCase) {
        self.0.push("match_case");
        walk_match_case(self, case);
    }
    fn visit_comprehension(&mut self, comprehension: &'a Comprehension) {
        self.0.push("comprehension");
        walk_comprehension(self, comprehension);
    }
    fn visit_type_ignore(&mut self, _: &'a TypeIgnore) {
        self.0.push("TypeIgnore");
    }
    fn visit_expr_context(&mut self, ctx: ExprContext) {
        self.0.push(ctx.name());
    }
    fn visit_bool_op(&mut self, op: BoolOp) {
        self.0.push(op.name());
    }
    fn visit_operator(&mut self, op: Operator) {
        self.0.push(op.name());
    }
    fn visit_unary_op(&mut self, op: UnaryOp) {
        self.0.push(op.name());
    }
    fn visit_cmp_op(&mut self, op: CmpOp) {
        self.0.push(op.name());
    }
}

/// The same, through the `&mut` walk functions.
#[derive(Default)]
struct OrderMut(Vec<&'static str>);

impl Transformer for OrderMut {
    fn visit_mod(&mut self, node: &mut Mod) {
        self.0.push(node.kind_name());
        walk_mod_mut(self, node);
    }
    fn visit_stmt(&mut self, stmt: &mut Stmt) {
        self.0.push(stmt.kind_name());
        walk_stmt_mut(self, stmt);
    }
    fn visit_expr(&mut self, expr: &mut Expr) {
        self.0.push(expr.kind_name());
        walk_expr_mut(self, expr);
    }
    fn visit_pattern(&mut self, pattern: &mut Pattern) {
        self.0.push(pattern.kind_name());
        walk_pattern_mut(self, pattern);
    }
    fn visit_except_handler(&mut self, handler: &mut ExceptHandler) {
        self.0.push("ExceptHandler");
        walk_except_handler_mut(self, handler);
    }
    fn visit_arguments(&mut self, arguments: &mut Arguments) {
        self.0.push("arguments");
        walk_arguments_mut(self, arguments);
    }
    fn visit_arg(&mut self, arg: &mut Arg) {
        self.0.push("arg");
        walk_arg_mut(self, arg);
    }
    fn visit_keyword(&mut self, keyword: &mut Keyword) {
        self.0.push("keyword");
        walk_keyword_mut(self, keyword);
    }
    fn visit_alias(&mut self, _: &mut Alias) {
        self.0.push("alias");
    }
    fn visit_with_item(&mut self, item: &mut WithItem) {
        self.0.push("withitem");
        walk_with_item_mut(self, item);
    }
    fn visit_match_case(&mut self, case: &mut MatchCase) {
        self.0.push("match_case");
        walk_match_case_mut(self, case);
    }
    fn visit_comprehension(&mut self, comprehension: &mut Comprehension) {
        self.0.push("comprehension");
        walk_comprehension_mut(self, comprehension);
    }
    fn visit_type_ignore(&mut self, _: &mut TypeIgnore) {
        self.0.push("TypeIgnore");
    }
    fn visit_expr_context(&mut self, ctx: &mut ExprContext) {
        self.0.push(ctx.name());
    }
    fn visit_bool_op(&mut self, op: &mut BoolOp) {
        self.0.push(op.name());
    }
    fn visit_operator(&mut self, op: &mut Operator) {
        self.0.push(op.name());
    }
    fn visit_unary_op(&mut self, op: &mut UnaryOp) {
        self.0.push(op.name());
    }
    fn visit_cmp_op(&mut self, op: &mut CmpOp) {
        self.0.push(op.name());
    }
}

#[test]
fn visit_order_matches_cpython_node_visitor() {
    for name in programs() {
        let expected = read(&format!("expected/{name}.visit.txt"));
        let expected: Vec<&str> = expected.lines().collect();
        let mut tree = cpython_tree(&name);

        let mut order = Order::default();
        order.visit_mod(&tree);
        assert_eq!(order.0, expected, "{name}: Visitor");

        let mut order = OrderMut::default();
        order.visit_mod(&mut tree);
        assert_eq!(order.0, expected, "{name}: Transformer");
    }
}

/// Counts `Name` nodes.
struct CountNames(usize);

impl<'a> Visitor<'a> for CountNames {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(_) = expr {
            self.0 += 1;
        }
        walk_expr(self, expr);
    }
}

#[test]
fn visitor_counts_names() {
    for name in programs() {
        let expected = read(&format!("expected/{name}.visit.txt"));
        let expected = expected.lines().filter(|line| *line == "Name").count();
        let mut count = CountNames(0);
        count.visit_mod(&cpython_tree(&name));
        assert_eq!(count.0, expected, "{name}");
    }
    // 'x' twice, 'y' and 'd' once each, plus 'int', 'a', 'b', 'c'.
    let mut count = CountNames(0);
    count.visit_mod(&cpython_tree("assign"));
    assert_eq!(count.0, 10);
}

/// Upper-cases every `Name`'s id, as the recording script's
/// `NodeTransformer` does.
struct UpperCaseNames;

impl Transformer for UpperCaseNames {
    fn visit_expr(&mut self, expr: &mut Expr) {
        if let Expr::Name(name) = expr {
            name.id = name.id.to_uppercase();
        }
        walk_expr_mut(self, expr);
    }
}

#[test]
fn transformer_renames_like_cpython() {
    for name in programs() {
        let file = SourceFile::new(format!("{name}.py"), read(&format!("programs/{name}.py")));
        let mut tree = cpython_tree(&name);
        UpperCaseNames.visit_mod(&mut tree);
        let expected = read(&format!("expected/{name}.renamed.txt"));
        assert_eq!(
            dump(&tree, &file, &DumpOptions::default()),
            expected.trim_end_matches('\n'),
            "{name}"
        );
    }
}

/// Drops every `pass` statement: `visit_body` gets the whole block.
struct DropPass;

impl Transformer for DropPass {
    fn visit_body(&mut self, body: &mut Vec<Stmt>) {
        body.retain(|stmt| !matches!(stmt, Stmt::Pass(_)));
        walk_body_mut(self, body);
    }
}

#[test]
fn transformer_removes_statements() {
    let mut tree = cpython_tree("with_items");
    DropPass.visit_mod(&mut tree);
    let Mod::Module(module) = &tree else {
        panic!("a module")
    };
    assert!(module.body.iter().all(|stmt| match stmt {
        Stmt::With(with) => with.body.is_empty(),
        _ => false,
    }));
}
