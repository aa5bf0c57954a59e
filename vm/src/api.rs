//! Running Python code: source text or code objects, as the `__main__`
//! module or in a namespace; and what an uncaught exception means for the
//! process (`SystemExit`, the printed traceback, the exit status).

use std::sync::Arc;

use pyvm_bytecode::{CodeFlags, CodeObject, Constant};
use pyvm_compiler::{compile_source, CompileOptions, Mode, SourceError};
use pyvm_source::SourceFile;

use crate::exception_class::ExceptionClass;
use crate::interp::frame::Frame;
use crate::interp::run::Exit;
use crate::number::complex::Complex;
use crate::object::Payload;
use crate::objects::code::Code;
use crate::objects::generator::GeneratorKind;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// Turns a compiled code object (and the ones nested in it) into a
    /// code object the VM runs.
    pub fn load_code(&mut self, code: Arc<CodeObject>) -> ObjRef {
        let mut consts = Vec::with_capacity(code.consts.len());
        for constant in &code.consts {
            let value = self.constant_value(constant);
            self.roots.push(value);
            consts.push(value);
        }
        self.roots.truncate(self.roots.len() - consts.len());
        let names = code.names.iter().map(|name| self.intern(name)).collect();
        let varnames = code.varnames.iter().map(|name| self.intern(name)).collect();
        let name = self.intern(&code.name);
        let qualname = self.intern(&code.qualname);
        let cell_args = code
            .cellvars
            .iter()
            .map(|cell| {
                code.varnames[..code.total_args() as usize]
                    .iter()
                    .position(|name| name == cell)
                    .map(|i| i as u32)
            })
            .collect();
        let global_cache = (0..code.names.len()).map(|_| Default::default()).collect();
        let attr_cache = (0..code.names.len()).map(|_| Default::default()).collect();
        let simple_binding = code.kwonlyargcount == 0
            && code.cellvars.is_empty()
            && !code
                .flags
                .intersects(CodeFlags::VARARGS | CodeFlags::VARKEYWORDS);
        let generator_kind = GeneratorKind::of_flags(code.flags);
        let simple_call = simple_binding && generator_kind.is_none();
        let simple_generator = generator_kind.filter(|_| simple_binding);
        let mut instructions = code.instructions.clone().into_boxed_slice();
        pyvm_bytecode::specialize(&mut instructions);
        let class = self.types.code;
        self.alloc(
            class,
            Payload::Code(Box::new(Code {
                instructions,
                code,
                consts: consts.into_boxed_slice(),
                names,
                varnames,
                name,
                qualname,
                cell_args,
                global_cache,
                attr_cache,
                simple_call,
                simple_generator,
            })),
        )
    }

    /// A constant as a value.
    fn constant_value(&mut self, constant: &Constant) -> Value {
        match constant {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Int(int) => {
                let int = match int {
                    pyvm_bytecode::Int::Small(small) => crate::number::Int::Small(*small),
                    pyvm_bytecode::Int::Big(big) => crate::number::Int::from((**big).clone()),
                };
                self.int_value(int)
            }
            Constant::Float(f) => Value::float(*f),
            Constant::Complex { real, imag } => {
                Value::Obj(self.new_complex(Complex::new(*real, *imag)))
            }
            Constant::Str(text) => Value::Obj(self.intern(text)),
            Constant::StrWithSurrogates(points) => {
                let text: String = points
                    .iter()
                    .map(|&p| char::from_u32(p).unwrap_or('\u{fffd}'))
                    .collect();
                self.str_value(&text)
            }
            Constant::Bytes(bytes) => Value::Obj(self.new_bytes(bytes.clone())),
            Constant::Tuple(items) => {
                let mark = self.roots.len();
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    let value = self.constant_value(item);
                    self.roots.push(value);
                    values.push(value);
                }
                self.roots.truncate(mark);
                if values.is_empty() {
                    Value::Obj(self.empty_tuple())
                } else {
                    Value::Obj(self.new_tuple(values))
                }
            }
            Constant::FrozenSet(items) => {
                let mark = self.roots.len();
                let built = self.new_set();
                self.roots.push(Value::Obj(built));
                for item in items {
                    let value = self.constant_value(item);
                    // Constants hash without running Python code.
                    let _ = self.set_add(Value::Obj(built), value);
                }
                // CPython's compiler builds the frozenset from the items,
                // then again from its iteration order when it merges
                // constants (`merge_consts_recursive`): the slots, and so
                // the order, are those of the second build.
                let set = self.new_set();
                set.set_class(self.types.frozenset);
                for key in self.set_entries(Value::Obj(built)).unwrap_or_default() {
                    let _ = self.set_add(Value::Obj(set), key.key);
                }
                self.roots.truncate(mark);
                Value::Obj(set)
            }
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Code(code) => Value::Obj(self.load_code(code.clone())),
        }
    }

    /// Runs a code object with `globals` as its globals and `locals` as its
    /// name namespace (module code: the same dict).
    pub fn run_code(&mut self, code: ObjRef, globals: ObjRef, locals: Value) -> PyResult<Value> {
        let builtins_key = self.names.__builtins__;
        // The globals' `__builtins__` (a module or a dict) is the builtins
        // namespace, as CPython's `_PyEval_BuiltinsFromGlobals`.
        let builtins = match self.dict_get_str(globals, builtins_key) {
            Some(Value::Obj(module)) if matches!(module.payload, Payload::Module(_)) => {
                module.dict().expect("a module has a namespace")
            }
            Some(Value::Obj(dict)) if matches!(dict.payload, Payload::Dict(_)) => dict,
            Some(_) => self.builtins.dict().expect("builtins has a namespace"),
            None => {
                let builtins = Value::Obj(self.builtins);
                self.dict_set_str(globals, builtins_key, builtins);
                self.builtins.dict().expect("builtins has a namespace")
            }
        };
        let Payload::Code(compiled) = &code.payload else {
            return Err(self.type_error("run_code takes a code object"));
        };
        let start = self.stack.len();
        self.stack.resize(start + compiled.nlocals(), Value::Null);
        for _ in 0..compiled.code.cellvars.len() {
            let cell = self.new_cell(Value::Null);
            self.push(Value::Obj(cell));
        }
        if self.depth >= self.recursion_limit {
            self.stack.truncate(start);
            return Err(self.recursion_error(""));
        }
        self.depth += 1;
        self.frames.push(Frame::for_code(
            code, globals, builtins, locals, start, true,
        ));
        match self.run()? {
            Exit::Return(value) => Ok(value),
            Exit::Yield(_) => unreachable!("module code does not yield"),
        }
    }

    /// Compiles `source` (named `filename`) in `mode`, or raises the
    /// `SyntaxError` CPython would.
    pub fn compile(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult<ObjRef> {
        let file = SourceFile::new(filename, source);
        let options = CompileOptions::default();
        match compile_source(&file, mode, &options) {
            Ok(code) => {
                if !filename.starts_with('<') {
                    self.sources.insert(filename.to_owned(), source.to_owned());
                }
                Ok(self.load_code(Arc::new(code)))
            }
            Err(error) => Err(self.syntax_error(&file, &error)),
        }
    }

    /// The `SyntaxError` (or subclass) for a compile error, with CPython's
    /// attributes (`filename`, `lineno`, `offset`, `text`, `end_lineno`,
    /// `end_offset`).
    pub fn syntax_error(&mut self, file: &SourceFile, error: &SourceError) -> PyErr {
        let (class, span) = match error {
            SourceError::Parse(e) => {
                let class = match e.kind.exception_class().name() {
                    "IndentationError" => ExceptionClass::IndentationError,
                    "TabError" => ExceptionClass::TabError,
                    _ => ExceptionClass::SyntaxError,
                };
                (class, e.span)
            }
            SourceError::Compile(e) => {
                use pyvm_compiler::error::ExceptionClass as Raised;
                let class = match e.kind.exception_class() {
                    Raised::SyntaxError => ExceptionClass::SyntaxError,
                    Raised::RecursionError => ExceptionClass::RecursionError,
                    Raised::RuntimeError => ExceptionClass::RuntimeError,
                    Raised::ValueError => ExceptionClass::ValueError,
                    Raised::SyntaxWarning => ExceptionClass::SyntaxError,
                };
                if class != ExceptionClass::SyntaxError {
                    return self.error(class, error.to_string());
                }
                (class, e.span)
            }
        };
        let start = file.line_col_chars(span.start);
        let end = file.line_col_chars(span.end);
        let line_text = file.line_text(start.line).to_owned();
        let message = self.str_value(&error.to_string());
        let filename = self.str_value(file.name());
        let lineno = Value::Int(i64::from(start.line));
        let offset = Value::Int(i64::from(start.column) + 1);
        let text = self.str_value(&line_text);
        let end_lineno = Value::Int(i64::from(end.line));
        let end_offset = Value::Int(i64::from(end.column) + 1);
        let details =
            Value::Obj(self.new_tuple([filename, lineno, offset, text, end_lineno, end_offset]));
        let class = self.exception_type(class);
        let exception = self.new_exception(class, vec![message, details]);
        let attributes = [
            ("msg", message),
            ("filename", filename),
            ("lineno", lineno),
            ("offset", offset),
            ("text", text),
            ("end_lineno", end_lineno),
            ("end_offset", end_offset),
            ("print_file_and_line", Value::None),
        ];
        let dict = self.new_dict();
        exception.set_dict(dict);
        for (name, value) in attributes {
            let key = self.intern(name);
            self.dict_set_str(dict, key, value);
        }
        self.set_context(exception);
        PyErr { exception }
    }

    /// Runs source text as the `__main__` module, printing an uncaught
    /// exception as CPython does; returns the process exit status.
    pub fn run_main_source(&mut self, source: &str, filename: &str) -> i32 {
        let main = self.main_module();
        let file_value = self.str_value(filename);
        self.set_module_attr(main, "__file__", file_value);
        self.set_module_attr(main, "__cached__", Value::None);
        let result = self.compile(source, filename, Mode::Exec).and_then(|code| {
            let namespace = main.dict().expect("a module namespace");
            self.run_code(code, namespace, Value::Obj(namespace))
        });
        self.finish(result)
    }

    /// Runs a loaded code object as the `__main__` module.
    pub fn run_main_code(&mut self, code: Arc<CodeObject>, filename: &str) -> i32 {
        let main = self.main_module();
        let file_value = self.str_value(filename);
        self.set_module_attr(main, "__file__", file_value);
        self.set_module_attr(main, "__cached__", Value::None);
        let code = self.load_code(code);
        let namespace = main.dict().expect("a module namespace");
        let result = self.run_code(code, namespace, Value::Obj(namespace));
        self.finish(result)
    }

    /// The `__main__` module, made on first use.
    pub fn main_module(&mut self) -> ObjRef {
        if let Some(main) = self.main_module {
            return main;
        }
        let main = self.new_module("__main__");
        self.main_module = Some(main);
        let key = self.names.__main__;
        let modules = self.modules;
        self.dict_set_str(modules, key, Value::Obj(main));
        let builtins = Value::Obj(self.builtins);
        self.set_module_attr(main, "__builtins__", builtins);
        // The names CPython's `__main__` starts with; pyvm has no loader
        // or module spec objects.
        for name in ["__package__", "__loader__", "__spec__"] {
            self.set_module_attr(main, name, Value::None);
        }
        let annotations = Value::Obj(self.new_dict());
        self.set_module_attr(main, "__annotations__", annotations);
        main
    }

    /// What an uncaught exception (or none) means for the process: the
    /// exit status, after printing the traceback.
    pub fn finish<T>(&mut self, result: PyResult<T>) -> i32 {
        let status = match result {
            Ok(_) => 0,
            Err(error) => self.report_uncaught(error),
        };
        self.finalize_at_exit();
        self.stdout.flush();
        status
    }

    /// Prints an uncaught exception (or handles `SystemExit`) and returns
    /// the exit status.
    pub fn report_uncaught(&mut self, error: PyErr) -> i32 {
        let exception = Value::Obj(error.exception);
        self.stdout.flush();
        if self.is_exception(exception, ExceptionClass::SystemExit) {
            let code = error
                .exception
                .as_exception()
                .map_or(Value::None, |data| data.extra.get());
            return match code {
                Value::None | Value::Null => 0,
                Value::Int(status) => status as i32,
                Value::Bool(b) => i32::from(b.get()),
                other => {
                    let text = self.str_string(other).unwrap_or_default();
                    eprintln!("{text}");
                    1
                }
            };
        }
        // Only the exact class, as CPython's `run_eval_code_obj`.
        self.unhandled_keyboard_interrupt =
            error.exception.class() == self.exception_type(ExceptionClass::KeyboardInterrupt);
        let text = self.format_exception(error.exception);
        eprint!("{text}");
        1
    }

    /// The output captured so far (see [`crate::io::Output::captured`]).
    pub fn take_output(&mut self) -> String {
        self.stdout.take_captured()
    }

    /// Sends `print` output to memory instead of standard output.
    pub fn capture_output(&mut self) {
        self.stdout = crate::io::Output::captured();
    }
}
