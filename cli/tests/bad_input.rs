//! Bad input that CPython 3.11 itself does not survive, so there is no
//! recording to compare with: after `sys.setrecursionlimit(10**9)`, native
//! recursion (repr of nested containers, builtins calling back into
//! Python, …) overflows CPython's C stack and it dies of SIGSEGV. pyvm
//! must instead raise `RecursionError` (or finish, where its stack holds
//! out) and go on. The cases CPython does survive are conformance programs
//! in `tests/programs/bad_input/`.

use std::process::Command;

/// Runs `source` with `pyvm -c`; returns its standard output after
/// checking that it exited with status 0 and printed no error.
fn run_clean(source: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .args(["-c", source])
        .output()
        .expect("pyvm runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stderr.is_empty(),
        "{source}\n--- status {:?}\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
        output.status
    );
    stdout
}

/// The helper every program starts with: runs each case and prints its
/// name with `ok` or the exception's type.
const ATTEMPT: &str = "\
import sys
sys.setrecursionlimit(10**9)
def attempt(label, action):
    try:
        action()
        print(label, 'ok')
    except (RecursionError, MemoryError) as error:
        print(label, type(error).__name__)
";

#[test]
fn native_reentry_into_python_stops_before_the_stack_overflows() {
    let cases = "
class Lazy:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'L' + repr(Lazy(self.n + 1))
    def __eq__(self, other):
        return Lazy(self.n + 1) == other
    def __getattr__(self, name):
        return getattr(Lazy(self.n + 1), name)
    def __hash__(self):
        return hash(Lazy(self.n + 1))
    def __iter__(self):
        return iter(list(Lazy(self.n + 1)))

def sort_forever(n):
    return sorted([2, 1], key=lambda item: sort_forever(n + 1))

def walk(n):
    return sum(map(walk, [n + 1]))

def delegate(n):
    yield from delegate(n + 1)

def class_bodies(n):
    class Body:
        class_bodies(n + 1)

attempt('__repr__', lambda: repr(Lazy(0)))
attempt('str', lambda: str(Lazy(0)))
attempt('__eq__', lambda: Lazy(0) == 1)
attempt('__getattr__', lambda: Lazy(0).missing)
attempt('__hash__', lambda: hash(Lazy(0)))
attempt('__iter__', lambda: list(Lazy(0)))
attempt('sorted key', lambda: sort_forever(0))
attempt('map', lambda: walk(0))
attempt('yield from', lambda: next(delegate(0)))
attempt('class body', lambda: class_bodies(0))
attempt('exec', lambda: exec('exec(source)', {'source': 'exec(source)'}))
print('done')
";
    let stdout = run_clean(&format!("{ATTEMPT}{cases}"));
    let want = [
        "__repr__",
        "str",
        "__eq__",
        "__getattr__",
        "__hash__",
        "__iter__",
        "sorted key",
        "map",
        "yield from",
        "class body",
        "exec",
    ]
    .iter()
    .map(|label| format!("{label} RecursionError\n"))
    .collect::<String>()
        + "done\n";
    assert_eq!(stdout, want);
}

/// Containers nested half a million deep. Where the Rust stack holds out (an
/// optimised build hashes deeper than an unoptimised one) the operation
/// simply succeeds, so only a clean `ok` or `RecursionError` is asked for.
#[test]
fn deeply_nested_containers_stop_before_the_stack_overflows() {
    let cases = "
DEPTH = 500_000
deep_list = []
other_list = []
deep_tuple = ()
deep_dict = {}
other_dict = {}
classes = int
for _ in range(DEPTH):
    deep_list = [deep_list]
    other_list = [other_list]
    deep_tuple = (deep_tuple,)
    deep_dict = {1: deep_dict}
    other_dict = {1: other_dict}
    classes = (classes,)
iterator = iter([1])
for _ in range(DEPTH):
    iterator = filter(None, iterator)
attempt('repr list', lambda: repr(deep_list))
attempt('str tuple', lambda: str(deep_tuple))
attempt('repr dict', lambda: repr(deep_dict))
attempt('list ==', lambda: deep_list == other_list)
attempt('dict ==', lambda: deep_dict == other_dict)
attempt('hash tuple', lambda: hash(deep_tuple))
attempt('isinstance', lambda: isinstance(1, classes))
attempt('filter chain', lambda: list(iterator))
print('done')
";
    let stdout = run_clean(&format!("{ATTEMPT}{cases}"));
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 9, "{stdout}");
    assert_eq!(lines[8], "done");
    for line in &lines[..8] {
        assert!(
            line.ends_with(" ok") || line.ends_with(" RecursionError"),
            "{stdout}"
        );
    }
    // The unoptimised build's stack holds far fewer than 500,000 levels
    // of these.
    if cfg!(debug_assertions) {
        for case in ["repr list", "str tuple", "list =="] {
            assert!(
                stdout.contains(&format!("{case} RecursionError\n")),
                "{stdout}"
            );
        }
    }
}

/// Python-to-Python calls use no Rust stack; under a limit of 10**9 they
/// are stopped by the size of the VM's value stack (CPython 3.11 grows
/// until memory runs out).
#[test]
fn unbounded_python_recursion_under_a_huge_limit_raises() {
    let cases = "
def forever(n):
    return forever(n + 1)
attempt('forever', lambda: forever(0))
print('done')
";
    assert_eq!(
        run_clean(&format!("{ATTEMPT}{cases}")),
        "forever RecursionError\ndone\n"
    );
}

/// `10**10**10` has over 33 billion bits: CPython 3.11 spends hours
/// computing it; pyvm raises `MemoryError` at once, as it does for every
/// int past `pyvm_vm::number::MAX_INT_BITS`.
#[test]
fn a_power_too_big_to_hold_is_a_memory_error() {
    let cases = "
attempt('power', lambda: 10**10**10)
attempt('shift', lambda: 1 << 10**11)
print('done')
";
    assert_eq!(
        run_clean(&format!("{ATTEMPT}{cases}")),
        "power MemoryError\nshift MemoryError\ndone\n"
    );
}
