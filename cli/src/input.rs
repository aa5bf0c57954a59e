//! Reading what a command works on: a file or standard input, as bytes,
//! then as Python source text decoded the way CPython decodes it; and
//! showing errors and output.

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use pyvm_lexer::encoding::{self, Mode};
use pyvm_source::{Diagnostic, SourceFile};

use crate::ErrorFormat;

/// The bytes of a file, or of standard input for `-`, with the name that
/// messages and code objects give them.
pub(crate) struct Input {
    pub(crate) name: String,
    pub(crate) bytes: Vec<u8>,
    pub(crate) is_stdin: bool,
}

impl Input {
    /// Reads `path` (`-` is standard input); the error is the message to print.
    pub(crate) fn read(path: &Path) -> Result<Input, String> {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("error: {e}"))?;
            return Ok(Input {
                name: "<stdin>".to_string(),
                bytes,
                is_stdin: true,
            });
        }
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| format!("{name}: error: {e}"))?;
        Ok(Input {
            name,
            bytes,
            is_stdin: false,
        })
    }

    /// Decodes the bytes as Python source. Standard input is read as UTF-8
    /// text; a file's encoding is found as CPython finds it in `mode`.
    pub(crate) fn into_source(self, mode: Mode) -> Result<LoadedSource, String> {
        let name = self.name;
        if self.is_stdin {
            let text = String::from_utf8(self.bytes).map_err(|e| format!("{name}: error: {e}"))?;
            return Ok(LoadedSource {
                file: SourceFile::new(name, text),
                encoding: None,
            });
        }
        let decoded = encoding::decode_source(&self.bytes, mode, &name)
            .map_err(|e| format!("{name}: error: {e}"))?;
        // Compile mode decodes lazily, as CPython does: undecodable bytes are an
        // error only inside a token.
        if !decoded.invalid_utf8.is_empty() {
            let lexed = pyvm_lexer::tokenize(&decoded.text);
            if let Some(error) = encoding::undecodable_in_tokens(&decoded, &lexed.tokens) {
                return Err(format!("{name}: error: {error}"));
            }
        }
        Ok(LoadedSource {
            file: SourceFile::new(name, decoded.text.into_owned()),
            encoding: Some(decoded.encoding),
        })
    }
}

/// A source text ready for the lexer, with the `ENCODING` token's text when
/// it came from a file.
pub(crate) struct LoadedSource {
    pub(crate) file: SourceFile,
    pub(crate) encoding: Option<String>,
}

/// Reads and decodes the Python source at `path` (`-` is standard input).
pub(crate) fn load_source(path: &Path, mode: Mode) -> Result<LoadedSource, String> {
    Input::read(path)?.into_source(mode)
}

/// Prints `diagnostic` in `file` to standard error in `format`.
pub(crate) fn report(diagnostic: &Diagnostic, file: &SourceFile, format: ErrorFormat) {
    let rendered = match format {
        ErrorFormat::Rich => {
            diagnostic.render_rich(file, std::io::IsTerminal::is_terminal(&std::io::stderr()))
        }
        ErrorFormat::Short => diagnostic.render_short(file),
    };
    eprintln!("{}", rendered.trim_end());
}

/// Prints `message` to standard error and fails.
pub(crate) fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::FAILURE
}

/// Writes `out` to standard output; failing to (a closed pipe) is a failure.
pub(crate) fn write_stdout(out: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}
