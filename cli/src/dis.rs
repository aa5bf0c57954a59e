//! `pyvm dis`: the bytecode of a Python file, a program given with `-c`,
//! or a bytecode file, in the layout of `python3 -m dis`.

use std::path::Path;
use std::process::ExitCode;

use pyvm_source::SourceFile;

use crate::compile::{compile_module, is_bytecode};
use crate::input::{fail, write_stdout, Input};
use crate::ErrorFormat;

/// What to disassemble.
pub(crate) enum Target<'a> {
    /// A Python source file or a bytecode file; `-` is standard input.
    File(&'a Path),
    /// Program text given on the command line (`-c`).
    Code(&'a str),
}

pub(crate) fn run(target: Target<'_>, format: ErrorFormat) -> ExitCode {
    let code = match target {
        Target::Code(text) => match compile_module(&SourceFile::new("<string>", text), format) {
            Ok(code) => code,
            Err(exit) => return exit,
        },
        Target::File(path) => {
            let input = match Input::read(path) {
                Ok(input) => input,
                Err(message) => return fail(&message),
            };
            if is_bytecode(path, &input) {
                match pyvm_bytecode::load(&input.bytes) {
                    Ok(loaded) => loaded.code,
                    Err(error) => {
                        return fail(&format!(
                            "{}: error: invalid bytecode file: {error}",
                            input.name
                        ))
                    }
                }
            } else {
                // As `python3 -m dis` does: `compile()` on the file's bytes.
                let source = match input.into_source(pyvm_lexer::encoding::Mode::Compile) {
                    Ok(source) => source,
                    Err(message) => return fail(&message),
                };
                match compile_module(&source.file, format) {
                    Ok(code) => code,
                    Err(exit) => return exit,
                }
            }
        }
    };
    write_stdout(&pyvm_bytecode::disassemble(&code))
}
