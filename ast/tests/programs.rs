//! The test programs' trees as CPython 3.11 built them (recorded in pyvm's
//! JSON form by `scripts/record_ast_dumps.py`), dumped by pyvm and compared
//! with CPython's recorded `ast.dump` output; and the JSON form round trip.

use std::path::Path;

use pyvm_ast::{dump, from_json, to_json, to_json_pretty, DumpOptions, Mod};
use pyvm_source::SourceFile;

const OPTIONS: [(&str, DumpOptions); 3] = [
    (
        "plain",
        DumpOptions {
            indent: None,
            include_attributes: false,
        },
    ),
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
    assert!(names.len() >= 15, "test programs missing");
    names
}

fn read(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn cpython_tree(name: &str) -> Mod {
    from_json(&read(&format!("expected/{name}.json"))).expect("recorded JSON reads back")
}

#[test]
fn dumps_of_cpython_trees_match_cpython() {
    for name in programs() {
        let file = SourceFile::new(format!("{name}.py"), read(&format!("programs/{name}.py")));
        let tree = cpython_tree(&name);
        for (suffix, options) in &OPTIONS {
            let expected = read(&format!("expected/{name}.{suffix}.txt"));
            assert_eq!(
                dump(&tree, &file, options),
                expected.trim_end_matches('\n'),
                "{name} ({suffix})"
            );
        }
    }
}

#[test]
fn json_round_trips() {
    for name in programs() {
        let tree = cpython_tree(&name);
        assert_eq!(
            from_json(&to_json(&tree)).expect("to_json reads back"),
            tree,
            "{name}"
        );
        assert_eq!(
            from_json(&to_json_pretty(&tree)).expect("pretty"),
            tree,
            "{name}"
        );
        // pyvm writes the same JSON that the recording script wrote.
        let ours: serde_json::Value = serde_json::from_str(&to_json(&tree)).expect("JSON");
        let recorded: serde_json::Value =
            serde_json::from_str(&read(&format!("expected/{name}.json"))).expect("JSON");
        assert_eq!(ours, recorded, "{name}");
    }
}
