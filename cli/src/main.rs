//! The `pyvm` command.
//!
//! One module per command (`tokens`, `ast`, `dis`, `compile`); `input`
//! reads files and standard input and shows errors for all of them.

mod ast;
mod compile;
mod dis;
mod input;
mod interrupt;
mod run;
mod tokens;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// mimalloc: syntax trees and objects are many small allocations, which
/// it serves faster than the system allocator.
#[global_allocator]
static ALLOCATOR: pyvm_heap::allocator::Mimalloc = pyvm_heap::allocator::Mimalloc;

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
        #[arg(long, value_enum, default_value_t = ast::ParseMode::Exec)]
        mode: ast::ParseMode,
    },
    /// Print the bytecode of a Python module, in the layout of `python3 -m dis`.
    ///
    /// Each instruction is one row: the source line where one starts, `>>`
    /// on jump targets, the offset (pyvm counts instructions, not bytes),
    /// the opcode name, its argument and what the argument means. Code
    /// objects nested in the module (functions, classes, comprehensions)
    /// follow it. FILE may also be a bytecode file from `pyvm compile`,
    /// recognised by its first bytes.
    Dis {
        /// The Python source file or bytecode file; `-` reads standard input.
        #[arg(required_unless_present = "code")]
        file: Option<PathBuf>,
        /// Disassemble the program CODE instead of a file.
        #[arg(short = 'c', value_name = "CODE", conflicts_with = "file")]
        code: Option<String>,
    },
    /// Compile a Python file to a bytecode file.
    ///
    /// The file records a hash of the source it was compiled from. Nothing
    /// is written when the source does not compile.
    Compile {
        /// The Python source file; `-` reads standard input (with `-o`).
        file: PathBuf,
        /// Where to write the bytecode [default: FILE with the extension `.pyvmc`].
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
}

/// The words that start a stage command rather than a program to run.
const COMMANDS: &[&str] = &[
    "tokens",
    "ast",
    "dis",
    "compile",
    "help",
    "--help",
    "-h",
    "--version",
    "-V",
    "--error-format",
];

fn main() -> ExitCode {
    pyvm_heap::allocator::tune_for_small_objects();
    let mut args = std::env::args().skip(1);
    let Some(first) = args.next() else {
        if run::stdin_has_program() {
            return run::run(run::Program::File(PathBuf::from("-")), Vec::new());
        }
        eprintln!("pyvm: no program given (try `pyvm FILE.py` or `pyvm --help`)");
        return ExitCode::from(2);
    };
    if !COMMANDS.contains(&first.as_str()) && !first.starts_with("--error-format=") {
        // `pyvm [-c CODE | -m MODULE | FILE | -] [ARGS…]`, as python3.
        let program = match first.as_str() {
            "-c" | "-m" => {
                let Some(value) = args.next() else {
                    eprintln!("Argument expected for the {first} option");
                    return ExitCode::from(2);
                };
                if first == "-c" {
                    run::Program::Code(value)
                } else {
                    run::Program::Module(value)
                }
            }
            _ => run::Program::File(PathBuf::from(first)),
        };
        return run::run(program, args.collect());
    }
    let cli = Cli::parse();
    let format = cli.error_format;
    match cli.command {
        Command::Tokens { file, exact, json } => tokens::run(&file, exact, json, format),
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
            ast::run(&file, &options, json, mode, format)
        }
        Command::Dis { file, code } => {
            let target = match (&code, &file) {
                (Some(code), _) => dis::Target::Code(code),
                (None, Some(file)) => dis::Target::File(file),
                (None, None) => unreachable!("clap requires FILE without -c"),
            };
            dis::run(target, format)
        }
        Command::Compile { file, output } => compile::run(&file, output.as_deref(), format),
    }
}
