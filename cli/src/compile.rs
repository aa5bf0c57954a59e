//! `pyvm compile`: a Python file to a bytecode file; and compiling source
//! for the other commands.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use pyvm_bytecode::{CodeObject, SourceStamp};
use pyvm_compiler::{compile_source, CompileOptions, Mode};
use pyvm_source::SourceFile;

use crate::input::{fail, report, Input};
use crate::ErrorFormat;

/// The extension of bytecode files (`pyvm compile`'s default output).
pub(crate) const BYTECODE_EXTENSION: &str = "pyvmc";

/// Whether `input` is a bytecode file: it starts with the magic number, or
/// it is named `*.pyvmc` (so a damaged one is reported as such, not as
/// Python source with a syntax error).
pub(crate) fn is_bytecode(path: &Path, input: &Input) -> bool {
    input.bytes.starts_with(&pyvm_bytecode::MAGIC)
        || path.extension().is_some_and(|e| e == BYTECODE_EXTENSION)
}

/// Compiles `file` as a module, as `compile(source, name, "exec")` does,
/// reporting a syntax or compile error in `format`.
pub(crate) fn compile_module(
    file: &SourceFile,
    format: ErrorFormat,
) -> Result<CodeObject, ExitCode> {
    compile_source(file, Mode::Exec, &CompileOptions::default()).map_err(|error| {
        report(&error.to_diagnostic(), file, format);
        ExitCode::FAILURE
    })
}

pub(crate) fn run(path: &Path, output: Option<&Path>, format: ErrorFormat) -> ExitCode {
    let input = match Input::read(path) {
        Ok(input) => input,
        Err(message) => return fail(&message),
    };
    let out: PathBuf = match output {
        Some(out) => out.to_path_buf(),
        None if input.is_stdin => {
            return fail("error: compiling standard input needs `-o OUT`");
        }
        None => path.with_extension(BYTECODE_EXTENSION),
    };
    if input.bytes.starts_with(&pyvm_bytecode::MAGIC) {
        return fail(&format!(
            "{}: error: this is a pyvm bytecode file, not Python source",
            input.name
        ));
    }
    if !input.is_stdin && same_file(path, &out) {
        return fail(&format!(
            "{}: error: the bytecode file would overwrite its source; choose another with `-o`",
            input.name
        ));
    }
    let stamp = SourceStamp::hash_of(&input.bytes);
    let source = match input.into_source(pyvm_lexer::encoding::Mode::Compile) {
        Ok(source) => source,
        Err(message) => return fail(&message),
    };
    let code = match compile_module(&source.file, format) {
        Ok(code) => code,
        Err(exit) => return exit,
    };
    match std::fs::write(&out, pyvm_bytecode::save(&code, stamp)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&format!("{}: error: {e}", out.display())),
    }
}

/// Whether `a` and `b` name the same file (the same path, or the same
/// file once both exist).
fn same_file(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
