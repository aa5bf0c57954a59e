//! `pyvm ast`: the syntax tree of a Python file, as `ast.dump` prints it.

use std::path::Path;
use std::process::ExitCode;

use clap::ValueEnum;
use pyvm_lexer::encoding::Mode;

use crate::input::{fail, load_source, report, write_stdout};
use crate::ErrorFormat;

/// What the source is, as `compile()`'s mode says.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ParseMode {
    Exec,
    Eval,
    Single,
}

pub(crate) fn run(
    path: &Path,
    options: &pyvm_ast::DumpOptions,
    json: bool,
    mode: ParseMode,
    format: ErrorFormat,
) -> ExitCode {
    let source = match load_source(path, Mode::Compile) {
        Ok(source) => source,
        Err(message) => return fail(&message),
    };
    let mode = match mode {
        ParseMode::Exec => pyvm_parser::Mode::Exec,
        ParseMode::Eval => pyvm_parser::Mode::Eval,
        ParseMode::Single => pyvm_parser::Mode::Single,
    };
    let tree = match pyvm_parser::parse(source.file.text(), mode) {
        Ok(tree) => tree,
        Err(error) => {
            report(&error.to_diagnostic(), &source.file, format);
            return ExitCode::FAILURE;
        }
    };
    let mut out = if json {
        pyvm_ast::to_json(&tree)
    } else {
        pyvm_ast::dump(&tree, &source.file, options)
    };
    out.push('\n');
    write_stdout(&out)
}
