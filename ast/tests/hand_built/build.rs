//! Small constructors that keep the hand-built trees readable.

use std::path::Path;

use pyvm_ast::{
    dump, from_json, Arg, Constant, DumpOptions, Expr, ExprCall, ExprConstant, ExprContext,
    ExprName, Int, Keyword, Mod, ModModule, Stmt, StmtExpr, StmtPass,
};
use pyvm_source::{SourceFile, Span};

pub use pyvm_ast::ExprContext::{Del, Load, Store};

/// CPython's position: `(lineno, col_offset, end_lineno, end_col_offset)`.
pub type P = (u32, u32, u32, u32);

/// Boxes a child node.
pub fn bx<T>(node: T) -> Box<T> {
    Box::new(node)
}

/// One test program and its recorded CPython output.
pub struct Src {
    name: &'static str,
    file: SourceFile,
}

fn read(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

impl Src {
    /// `tests/programs/{name}.py`.
    pub fn new(name: &'static str) -> Src {
        let file = SourceFile::new(format!("{name}.py"), read(&format!("programs/{name}.py")));
        Src { name, file }
    }

    /// The byte span of a CPython position.
    pub fn span(&self, (line, col, end_line, end_col): P) -> Span {
        let offset = |line, col| {
            self.file
                .offset_of(line, col)
                .unwrap_or_else(|| panic!("{}: no position {line}:{col}", self.name))
        };
        Span::new(offset(line, col), offset(end_line, end_col))
    }

    /// A `Name`.
    pub fn name(&self, p: P, id: &str, ctx: ExprContext) -> Expr {
        ExprName {
            span: self.span(p),
            id: id.into(),
            ctx,
        }
        .into()
    }

    /// A `Constant` holding `value`.
    pub fn constant(&self, p: P, value: Constant) -> Expr {
        ExprConstant {
            span: self.span(p),
            value,
            kind: None,
        }
        .into()
    }

    /// An int `Constant`.
    pub fn int(&self, p: P, value: i64) -> Expr {
        self.constant(p, Constant::Int(Int::Small(value)))
    }

    /// A str `Constant`.
    pub fn str(&self, p: P, value: &str) -> Expr {
        self.constant(p, Constant::Str(value.to_owned()))
    }

    /// A `Call` without keywords.
    pub fn call(&self, p: P, func: Expr, args: Vec<Expr>) -> Expr {
        ExprCall {
            span: self.span(p),
            func: bx(func),
            args,
            keywords: vec![],
        }
        .into()
    }

    /// A `keyword`.
    pub fn keyword(&self, p: P, arg: Option<&str>, value: Expr) -> Keyword {
        Keyword {
            span: self.span(p),
            arg: arg.map(Into::into),
            value,
        }
    }

    /// An `arg` without type comment.
    pub fn arg(&self, p: P, name: &str, annotation: Option<Expr>) -> Arg {
        Arg {
            span: self.span(p),
            arg: name.into(),
            annotation: annotation.map(bx),
            type_comment: None,
        }
    }

    /// An expression statement.
    pub fn expr_stmt(&self, p: P, value: Expr) -> Stmt {
        StmtExpr {
            span: self.span(p),
            value: bx(value),
        }
        .into()
    }

    /// `pass`.
    pub fn pass(&self, p: P) -> Stmt {
        StmtPass { span: self.span(p) }.into()
    }

    /// Checks the module with `body` against CPython: the three recorded
    /// dumps, then the recorded tree itself.
    pub fn check(&self, body: Vec<Stmt>) {
        let tree = Mod::from(ModModule {
            body,
            type_ignores: vec![],
        });
        let name = self.name;
        let options = [
            ("plain", DumpOptions::default()),
            (
                "indent2",
                DumpOptions {
                    indent: Some(2),
                    include_attributes: false,
                },
            ),
            (
                "attrs",
                DumpOptions {
                    indent: None,
                    include_attributes: true,
                },
            ),
        ];
        for (suffix, options) in options {
            let expected = read(&format!("expected/{name}.{suffix}.txt"));
            assert_eq!(
                dump(&tree, &self.file, &options),
                expected.trim_end_matches('\n'),
                "{name}: dump ({suffix}) differs from CPython's"
            );
        }
        let cpython = from_json(&read(&format!("expected/{name}.json"))).expect("recorded JSON");
        assert!(tree == cpython, "{name}: tree differs from CPython's");
    }
}
