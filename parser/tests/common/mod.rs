//! What every AST snapshot test file shares: the rendering of a case and
//! the macro that turns a table of cases into one `#[test]` each.

use pyvm_ast::{dump, DumpOptions};
use pyvm_parser::Mode;
use pyvm_source::SourceFile;

/// The snapshot text of `source` parsed in `mode`: the source, a `---`
/// line, then `ast.dump(tree, indent=2, include_attributes=True)`.
/// `scripts/record_parser_snapshots.py` writes CPython's side the same way.
pub fn render(mode: Mode, source: &str) -> String {
    let file = SourceFile::new("<unknown>", source);
    let tree = match pyvm_parser::parse(source, mode) {
        Ok(tree) => tree,
        Err(error) => panic!("pyvm refuses {source:?}: {error}"),
    };
    let options = DumpOptions {
        indent: Some(2),
        include_attributes: true,
    };
    let shown = source.strip_suffix('\n').unwrap_or(source);
    format!("source:\n{shown}\n---\n{}", dump(&tree, &file, &options))
}

/// `snapshot_tests! { name: Mode, "source"; … }` makes `#[test] fn name`
/// comparing pyvm's rendering of `source` with the snapshot
/// `snapshots/<file>__<name>.snap` that CPython's output was recorded into.
/// Attributes (`#[ignore = …]`, doc comments) go on the test.
macro_rules! snapshot_tests {
    ($($(#[$attr:meta])* $name:ident: $mode:ident, $source:literal;)*) => {
        $(
            $(#[$attr])*
            #[test]
            fn $name() {
                let rendered = common::render(pyvm_parser::Mode::$mode, $source);
                insta::assert_snapshot!(stringify!($name), rendered);
            }
        )*
    };
}
