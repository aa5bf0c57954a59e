//! Folding only where the parser noted that folding may begin
//! (`pyvm_parser::parse_with_fold_sites`, `fold_module_at`) gives the
//! tree that folding everything gives: for each kind of fold in each
//! place it can sit, and over a sample of the standard library
//! (`PYVM_FULL_DIFF=1`: all of it).

use pyvm_ast::{dump, DumpOptions, Mod};
use pyvm_compiler::fold::{fold_module_at, fold_module_with, FoldOptions};
use pyvm_compiler::{compile, compile_source, CompileOptions, Mode, SourceError};
use pyvm_source::{SourceFile, Span};
use pyvm_tests::stdlib::{python, sample, stdlib_dir};

/// Whether two trees of `source` are the same, positions included (NaN
/// constants too, which `==` tells apart from themselves).
fn same(a: &Mod, b: &Mod, source: &str) -> bool {
    let file = SourceFile::new("<test>", source);
    let options = DumpOptions {
        indent: None,
        include_attributes: true,
    };
    a == b || dump(a, &file, &options) == dump(b, &file, &options)
}

/// Folds `source` both ways; panics if the trees differ. Tells whether
/// folding changed anything.
fn folds_alike(source: &str, mode: Mode, options: &FoldOptions) -> bool {
    let (parsed, sites) = pyvm_parser::parse_with_fold_sites(source, mode)
        .unwrap_or_else(|e| panic!("{source:?}: {e}"));
    let mut everywhere = parsed.clone();
    let mut at_sites = parsed.clone();
    let full = fold_module_with(&mut everywhere, options);
    let partial = fold_module_at(&mut at_sites, options, &sites);
    assert_eq!(full, partial, "{source:?}");
    assert!(
        same(&everywhere, &at_sites, source),
        "folded differently: {source:?}"
    );
    !same(&everywhere, &parsed, source)
}

#[test]
fn every_kind_of_fold_is_found_wherever_it_sits() {
    let sources = [
        // Operators on constants, at every statement depth.
        "x = -1\n",
        "x = 2 ** 10\n",
        "x = ~5\n",
        "x = 'ab' * 3\n",
        "x = 1 + -2\n",
        "x = 'abc'[1]\n",
        "x = (1, 2)[0]\n",
        "x = ()\n",
        "x = (1, (2, 3))\n",
        "x = a[1, 2]\n",
        "x = 'a' 'b' + 'c'\n",
        "if a:\n    if b:\n        while c:\n            x = -1\n",
        "def f():\n    def g():\n        return 2 * 3\n",
        "class C:\n    y = 1 << 4\n    def m(self):\n        return (1, 2)\n",
        "try:\n    pass\nexcept E:\n    x = -1\nelse:\n    y = +2\nfinally:\n    z = ~3\n",
        "with a as b:\n    x = 3 - 4\n",
        "x = lambda y=-1: y\n",
        "x = [i for i in range(-3)]\n",
        "x = f(a, b=-1, *(1, 2), **{'k': -1})\n",
        "x = a if -1 else b\n",
        "x = {-1: ~2}\n",
        // Decorators come before their statement's span.
        "@decorate(-1)\ndef f():\n    pass\n",
        "@decorate((1, 2))\nclass C:\n    pass\n",
        "@a\n@b(2 ** 3)\nasync def f():\n    pass\n",
        // Iterables and membership.
        "for x in [a, b]:\n    pass\n",
        "for x in {1, 2}:\n    pass\n",
        "async def f():\n    async for x in [a, b]:\n        pass\n",
        "x = [y for y in [a, b]]\n",
        "x = {y for y in {1, 2} if y}\n",
        "x = [y for z in w for y in [z, z]]\n",
        "x = a in [b, c]\n",
        "x = a not in {1, 2}\n",
        "x = a < b in [c]\n",
        // `not` over one comparison.
        "x = not a is b\n",
        "x = not a in b\n",
        "if not (a is not b):\n    pass\n",
        // `%` formatting into an f-string.
        "x = '%s and %r' % (a, b)\n",
        "x = '%a' % (n,)\n",
        // `__debug__`.
        "x = __debug__\n",
        "if __debug__:\n    pass\n",
        "match x:\n    case __debug__.y:\n        pass\n",
        // Patterns: values and mapping keys.
        "match x:\n    case -1:\n        pass\n    case 1 + 2j:\n        pass\n    case {-1: y}:\n        pass\n",
        "match (1, 2):\n    case _:\n        pass\n",
        // f-string fields, nested ones too.
        "x = f'{-1} {a:{2 ** 3}}'\n",
        "x = f'{f\"{(1, 2)}\"}'\n",
        // Docstrings made by folding are not docstrings.
        "'a' + 'b'\n",
        "def f():\n    'a' 'b' + 'c'\n",
        // Annotations (folded unless postponed).
        "x: -1 = 2\ndef f(a: -1) -> 2 ** 2:\n    pass\n",
        "from __future__ import annotations\nx: -1 = 2\ny = -1\n",
        // Nothing to fold.
        "x = a + b\n",
        "def f(a, b):\n    return a.b[c](d)\n",
    ];
    let unchanged: Vec<&str> = sources
        .into_iter()
        .filter(|source| !folds_alike(source, Mode::Exec, &FoldOptions::default()))
        .collect();
    // All change but the two with nothing to fold, and `async for`, whose
    // iterable CPython 3.11 leaves alone (a site the folder looks at for
    // nothing).
    assert_eq!(
        unchanged,
        [
            "async def f():\n    async for x in [a, b]:\n        pass\n",
            "x = a + b\n",
            "def f(a, b):\n    return a.b[c](d)\n",
        ]
    );
    let optimized = FoldOptions {
        optimize: 1,
        future_annotations: false,
    };
    assert!(folds_alike("x = __debug__\n", Mode::Exec, &optimized));
    let postponed = FoldOptions {
        optimize: 0,
        future_annotations: true,
    };
    assert!(folds_alike("x: -1 = -1\n", Mode::Exec, &postponed));
    assert!(folds_alike("-1\n", Mode::Eval, &FoldOptions::default()));
    assert!(folds_alike(
        "x = -1\n",
        Mode::Single,
        &FoldOptions::default()
    ));
}

#[test]
fn sites_are_the_starts_of_the_nodes_folding_begins_at() {
    let source = "x = a + b\ny = -1\nz = [c for c in d]\n";
    let (_, sites) = pyvm_parser::parse_with_fold_sites(source, Mode::Exec).unwrap();
    assert!(!sites.any_within(Span::new(0, 9)));
    assert!(sites.any_within(Span::new(10, 16)));
    assert!(sites.any_within(Span::new(14, 15)));
    assert!(!sites.any_within(Span::new(15, 16)));
    assert!(!sites.any_within(Span::new(17, 35)));
    let (_, none) = pyvm_parser::parse_with_fold_sites("x = a\n", Mode::Exec).unwrap();
    assert!(none.is_empty());
}

/// A tree nested past the compiler's limit, with nowhere to fold: the
/// folder passes over it, and the symbol table raises the error folding
/// everything raises.
#[test]
fn nesting_too_deep_is_an_error_without_fold_sites() {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            let mut source = String::new();
            let levels = 60;
            for level in 0..levels {
                source += &format!("{}if a:\n", "    ".repeat(level));
            }
            // A chain of operators nests without brackets (which the lexer
            // limits to 200 levels).
            source += &format!("{}x = {}a\n", "    ".repeat(levels), "a + ".repeat(2950));
            let file = SourceFile::new("<test>", source);
            let options = CompileOptions::default();
            let Err(SourceError::Compile(at_sites)) = compile_source(&file, Mode::Exec, &options)
            else {
                panic!("compiled");
            };
            let mut tree: Mod = pyvm_parser::parse(file.text(), Mode::Exec).unwrap();
            let everywhere = compile(&mut tree, &file, &options).unwrap_err();
            assert_eq!(at_sites.kind, everywhere.kind);
            assert_eq!(
                at_sites.to_string(),
                "maximum recursion depth exceeded during compilation"
            );
            assert_eq!(at_sites.to_string(), everywhere.to_string());
            // Unwind the deep tree without recursing through its drops.
            std::mem::forget(tree);
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn stdlib_folds_the_same_at_sites() {
    let Some(dir) = stdlib_dir(&python()) else {
        println!("no CPython standard library found (set PYVM_STDLIB): nothing compared");
        return;
    };
    let mut compared = 0;
    for path in sample(&dir, 500, &["test/test_patma.py", "test/test_grammar.py"]) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Ok((parsed, sites)) = pyvm_parser::parse_with_fold_sites(&text, Mode::Exec) else {
            continue;
        };
        let options = FoldOptions::default();
        let mut everywhere = parsed.clone();
        let mut at_sites = parsed;
        if fold_module_with(&mut everywhere, &options).is_err() {
            continue;
        }
        fold_module_at(&mut at_sites, &options, &sites).unwrap();
        assert!(
            same(&everywhere, &at_sites, &text),
            "{} folds differently at its sites",
            path.display()
        );
        compared += 1;
    }
    assert!(compared >= 500, "only {compared} files compared");
}
