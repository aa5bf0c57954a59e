//! The `pyvm` command.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// mimalloc: syntax trees are many small allocations, which it serves
/// faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use pyvm_source::{Diagnostic, SourceFile};

/// pyvm: a Python 3.11 virtual machine. Runs Python programs and shows
/// what each stage of the machine sees.
#[derive(Parser)]
#[command(name = "pyvm", version, about, long_about = None)]
struct Cli {
    /// How errors are shown: `rich` (source snippet) or `short` (one line per
    /// error, `file:line:col: error: message`, for editors and CI).
    #[arg(long, value_enum, default_value_t = ErrorFormat::Rich, global = true)]
    error_format: ErrorFormat,

    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum ErrorFormat {
    Rich,
    Short,
}

#[derive(Subcommand)]
enum Command {
    /// Print the tokens of a Python file, as `python3 -m tokenize` does.
    ///
    /// Each row gives the start and end (line,column), the token type and
    /// the token's text. A file's tokens start with ENCODING; standard input
    /// is read as UTF-8 text and has none.
    Tokens {
        /// The Python source file; `-` reads standard input.
        file: PathBuf,
        /// Show operators by their exact type (LPAR, PLUSEQUAL, …) instead of OP.
        #[arg(short, long)]
        exact: bool,
        /// Print one JSON object per token instead of the table.
        #[arg(long, conflicts_with = "exact")]
        json: bool,
    },
    /// Print the syntax tree of a Python file, as `ast.dump(ast.parse(src))` does.
    Ast {
        /// The Python source file; `-` reads standard input.
        file: PathBuf,
        /// Indent nested nodes by N spaces, one node per line (`ast.dump(indent=N)`).
        #[arg(long, value_name = "N")]
        indent: Option<usize>,
        /// Also print each node's position: lineno, col_offset, end_lineno,
        /// end_col_offset (`include_attributes=True`).
        #[arg(long)]
        attributes: bool,
        /// Print the tree as JSON instead.
        #[arg(long, conflicts_with_all = ["indent", "attributes"])]
        json: bool,
        /// What the source is, as `compile()`'s mode: a module, one expression,
        /// or one interactive statement.
        #[arg(long, value_enum, default_value_t = ParseMode::Exec)]
        mode: ParseMode,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ParseMode {
    Exec,
    Eval,
    Single,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Tokens { file, exact, json } => run_tokens(&file, exact, json, cli.error_format),
        Command::Ast {
            file,
            indent,
            attributes,
            json,
            mode,
        } => {
            let options = pyvm_ast::DumpOptions {
                indent,
                include_attributes: attributes,
            };
            run_ast(&file, &options, json, mode, cli.error_format)
        }
    }
}

/// A source text ready for the lexer, with the `ENCODING` token's text when
/// it came from a file.
struct LoadedSource {
    file: SourceFile,
    encoding: Option<String>,
}

fn load_source(path: &std::path::Path) -> Result<LoadedSource, String> {
    load_source_as(path, pyvm_lexer::encoding::Mode::Tokenize)
}

fn load_source_as(
    path: &std::path::Path,
    mode: pyvm_lexer::encoding::Mode,
) -> Result<LoadedSource, String> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("error: {e}"))?;
        let text = String::from_utf8(bytes).map_err(|e| format!("<stdin>: error: {e}"))?;
        return Ok(LoadedSource {
            file: SourceFile::new("<stdin>", text),
            encoding: None,
        });
    }
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: error: {e}"))?;
    let decoded = pyvm_lexer::encoding::decode_source(&bytes, mode, &name)
        .map_err(|e| format!("{name}: error: {e}"))?;
    // Compile mode decodes lazily, as CPython does: undecodable bytes are an
    // error only inside a token.
    if !decoded.invalid_utf8.is_empty() {
        let lexed = pyvm_lexer::tokenize(&decoded.text);
        if let Some(error) = pyvm_lexer::encoding::undecodable_in_tokens(&decoded, &lexed.tokens) {
            return Err(format!("{name}: error: {error}"));
        }
    }
    Ok(LoadedSource {
        file: SourceFile::new(name, decoded.text.into_owned()),
        encoding: Some(decoded.encoding),
    })
}

fn report(diagnostic: &Diagnostic, file: &SourceFile, format: ErrorFormat) {
    let rendered = match format {
        ErrorFormat::Rich => {
            diagnostic.render_rich(file, std::io::IsTerminal::is_terminal(&std::io::stderr()))
        }
        ErrorFormat::Short => diagnostic.render_short(file),
    };
    eprintln!("{}", rendered.trim_end());
}

fn run_tokens(path: &std::path::Path, exact: bool, json: bool, format: ErrorFormat) -> ExitCode {
    let source = match load_source(path) {
        Ok(source) => source,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
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

fn run_ast(
    path: &std::path::Path,
    options: &pyvm_ast::DumpOptions,
    json: bool,
    mode: ParseMode,
    format: ErrorFormat,
) -> ExitCode {
    let source = match load_source_as(path, pyvm_lexer::encoding::Mode::Compile) {
        Ok(source) => source,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
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

/// Writes `out` to standard output; failing to (a closed pipe) is a failure.
fn write_stdout(out: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}
