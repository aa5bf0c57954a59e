//! Golden disassembly: each program in `tests/dis/` (one per area of the
//! language) compiled as a module and disassembled, snapshot-tested with
//! insta (`tests/snapshots/golden_dis__<area>.snap`; review changes with
//! `cargo insta review`).
//!
//! Every `.py` file in the folder is one snapshot; a new file needs no
//! change here. All files are checked before the test fails, so one run
//! shows every changed snapshot.

use std::path::{Path, PathBuf};

use pyvm_bytecode::disassemble;
use pyvm_compiler::{compile_source, CompileOptions, Mode};
use pyvm_source::SourceFile;

/// The programs, sorted by name.
fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dis");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/dis exists")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
}

/// The disassembly of `path`, or why there is none.
fn disassembly(path: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let name = path.file_name().expect("a file name").to_string_lossy();
    let file = SourceFile::new(name, text);
    let code = compile_source(&file, Mode::Exec, &CompileOptions::default())
        .map_err(|e| format!("does not compile: {e}"))?;
    Ok(disassemble(&code))
}

#[test]
fn every_area_disassembles_as_recorded() {
    let files = programs();
    assert!(files.len() >= 18, "{} programs in tests/dis", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let area = path.file_stem().expect("a file stem").to_string_lossy();
        let dis = match disassembly(path) {
            Ok(dis) => dis,
            Err(why) => {
                failures.push(format!("{area}: {why}"));
                continue;
            }
        };
        let mut settings = insta::Settings::clone_current();
        settings.set_input_file(path);
        settings.set_omit_expression(true);
        // insta panics on a difference (after writing `.snap.new`); catch
        // it to check the other programs too.
        let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(area.as_ref(), dis));
        }));
        if checked.is_err() {
            failures.push(format!("{area}: the disassembly differs from its snapshot"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
