//! Running a program: `pyvm FILE [ARGS…]`, `pyvm -c CODE`, `pyvm -m
//! MODULE`, or a program read from standard input, as `python3` does.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use pyvm_lexer::encoding::{self, Mode};
use pyvm_vm::{Vm, VmOptions};

use crate::input::Input;
use crate::interrupt;

/// What to run.
pub(crate) enum Program {
    /// A source or bytecode file; `-` is standard input.
    File(PathBuf),
    /// `-c CODE`
    Code(String),
    /// `-m MODULE`
    Module(String),
}

/// The Rust stack the interpreter runs on: deep enough for every native
/// re-entry the recursion limit allows.
const STACK_SIZE: usize = 1 << 30;

/// How a run ended.
struct Ending {
    /// The exit status.
    status: i32,
    /// The program ended with an uncaught `KeyboardInterrupt`: the process
    /// ends by SIGINT.
    keyboard_interrupt: bool,
}

impl Ending {
    /// How the program `vm` ran ended. The VM is not dropped: the process
    /// ends next, and freeing its heap object by object only costs time
    /// (a program that built a large structure spent a twentieth of its
    /// run on it) when the system takes the memory back at once. Nothing
    /// is lost: `Vm::finish` flushed the output, and files are written
    /// through unbuffered.
    fn of(vm: Vm, status: i32) -> Ending {
        let ending = Ending {
            status,
            keyboard_interrupt: vm.unhandled_keyboard_interrupt(),
        };
        std::mem::forget(vm);
        ending
    }
}

impl From<i32> for Ending {
    fn from(status: i32) -> Ending {
        Ending {
            status,
            keyboard_interrupt: false,
        }
    }
}

/// Runs `program` with `args` as the rest of `sys.argv`; the exit status
/// is the program's.
pub(crate) fn run(program: Program, args: Vec<String>) -> ExitCode {
    let sigint = interrupt::install_sigint_flag();
    let worker = std::thread::Builder::new()
        .name("pyvm".to_owned())
        .stack_size(STACK_SIZE)
        .spawn(move || run_on_this_thread(program, args, sigint));
    let ending = match worker {
        Ok(handle) => handle.join().unwrap_or(Ending::from(1)),
        Err(error) => {
            eprintln!("pyvm: cannot start the interpreter: {error}");
            Ending::from(1)
        }
    };
    if ending.keyboard_interrupt {
        return interrupt::exit_by_sigint();
    }
    ExitCode::from(ending.status.clamp(0, 255) as u8)
}

fn options(
    argv: Vec<String>,
    script_folder: String,
    interrupt: Option<Arc<AtomicBool>>,
) -> VmOptions {
    let mut path = vec![script_folder];
    if let Ok(extra) = std::env::var("PYVMPATH") {
        path.extend(std::env::split_paths(&extra).map(|p| p.display().to_string()));
    }
    VmOptions {
        argv,
        gc_stress: std::env::var("PYVM_GC_STRESS").is_ok_and(|v| v == "1"),
        hash_seed: std::env::var("PYTHONHASHSEED")
            .ok()
            .and_then(|seed| seed.parse().ok()),
        path,
        interrupt,
    }
}

fn run_on_this_thread(
    program: Program,
    args: Vec<String>,
    sigint: Option<Arc<AtomicBool>>,
) -> Ending {
    match program {
        Program::Code(code) => {
            let argv = std::iter::once("-c".to_owned()).chain(args).collect();
            let mut vm = Vm::new(options(argv, String::new(), sigint));
            let status = vm.run_main_source(&code, "<string>");
            Ending::of(vm, status)
        }
        Program::Module(name) => {
            let argv = std::iter::once(name.clone()).chain(args).collect();
            let cwd = std::env::current_dir()
                .map(|d| d.display().to_string())
                .unwrap_or_default();
            let mut vm = Vm::new(options(argv, cwd, sigint));
            let status = vm.run_main_module(&name);
            Ending::of(vm, status)
        }
        Program::File(path) => run_file(&path, args, sigint),
    }
}

fn run_file(path: &Path, args: Vec<String>, sigint: Option<Arc<AtomicBool>>) -> Ending {
    let is_stdin = path.as_os_str() == "-";
    let input = match Input::read(path) {
        Ok(input) => input,
        Err(_) if !is_stdin => {
            let error = std::fs::metadata(path).err();
            let reason = error.map_or_else(|| "cannot read".to_owned(), |e| describe(&e));
            eprintln!(
                "{}: can't open file '{}': {reason}",
                interpreter_name(),
                absolute(path).display()
            );
            return Ending::from(2);
        }
        Err(message) => {
            eprintln!("{message}");
            return Ending::from(1);
        }
    };
    let argv0 = if is_stdin {
        "-".to_owned()
    } else {
        path.display().to_string()
    };
    let argv = std::iter::once(argv0).chain(args).collect();
    let folder = if is_stdin {
        String::new()
    } else {
        path.parent()
            .map(|p| p.display().to_string())
            .filter(|p| !p.is_empty())
            .map(|p| absolute(Path::new(&p)).display().to_string())
            .unwrap_or_else(|| absolute(Path::new(".")).display().to_string())
    };
    let mut vm = Vm::new(options(argv, folder, sigint));
    if input.bytes.starts_with(&pyvm_bytecode::MAGIC) {
        return match pyvm_bytecode::load(&input.bytes) {
            Ok(loaded) => {
                let path = absolute(path).display().to_string();
                let status = vm.run_main_code(Arc::new(loaded.code), &path);
                Ending::of(vm, status)
            }
            Err(error) => {
                eprintln!("{}: error: {error}", input.name);
                Ending::from(1)
            }
        };
    }
    // CPython names the main script by its absolute path.
    let name = if input.is_stdin {
        "<stdin>".to_owned()
    } else {
        absolute(path).display().to_string()
    };
    let text = if input.is_stdin {
        String::from_utf8_lossy(&input.bytes).into_owned()
    } else {
        match encoding::decode_source(&input.bytes, Mode::Compile, &name) {
            Ok(decoded) => decoded.text.into_owned(),
            Err(error) => {
                eprintln!("{name}: error: {error}");
                return Ending::from(1);
            }
        }
    };
    let status = vm.run_main_source(&text, &name);
    Ending::of(vm, status)
}

/// How `python3` names itself in its own errors.
fn interpreter_name() -> String {
    std::env::args().next().unwrap_or_else(|| "pyvm".to_owned())
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// An I/O error as CPython prints it: `[Errno 2] No such file or directory`.
fn describe(error: &std::io::Error) -> String {
    match error.raw_os_error() {
        Some(code) => {
            let text = error.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text);
            format!("[Errno {code}] {text}")
        }
        None => error.to_string(),
    }
}

/// Whether there is a program on standard input to run (it is not a
/// terminal).
pub(crate) fn stdin_has_program() -> bool {
    !std::io::stdin().is_terminal()
}
