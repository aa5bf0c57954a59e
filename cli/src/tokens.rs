//! `pyvm tokens`: the tokens of a Python file, as `python3 -m tokenize` prints them.

use std::path::Path;
use std::process::ExitCode;

use pyvm_lexer::encoding::Mode;

use crate::input::{fail, load_source, report, write_stdout};
use crate::ErrorFormat;

pub(crate) fn run(path: &Path, exact: bool, json: bool, format: ErrorFormat) -> ExitCode {
    let source = match load_source(path, Mode::Tokenize) {
        Ok(source) => source,
        Err(message) => return fail(&message),
    };
    let lexed = pyvm_lexer::tokenize_with(source.file.text(), pyvm_lexer::Dialect::TokenizeModule);
    if let Some(error) = lexed.fatal_error() {
        report(&error.to_diagnostic(), &source.file, format);
        return ExitCode::FAILURE;
    }
    let rows = pyvm_lexer::dump::token_rows(&source.file, &lexed, source.encoding.as_deref());
    let out = if json {
        pyvm_lexer::dump::format_json(&rows)
    } else {
        pyvm_lexer::dump::format_table(&rows, exact)
    };
    write_stdout(&out)
}
