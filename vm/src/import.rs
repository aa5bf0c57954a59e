//! The import system: `import a.b.c`, `from x import y`, relative imports,
//! packages, `sys.modules`, `sys.path`, and the native modules.

use std::path::{Path, PathBuf};

use pyvm_compiler::Mode;

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Makes a native module's namespace.
pub type NativeModuleInit = fn(&mut Vm, ObjRef) -> PyResult<()>;

impl Vm {
    /// `ImportName`: imports `name` (with `level` leading dots) and
    /// returns what the statement binds: the top package for `import a.b`,
    /// the module itself for `from a.b import c`.
    pub(crate) fn import_name(
        &mut self,
        name: ObjRef,
        fromlist: Value,
        level: Value,
    ) -> PyResult<Value> {
        let name = self.str_text(Value::Obj(name));
        let level = match level {
            Value::Int(level) if level >= 0 => level as usize,
            _ => 0,
        };
        let absolute = if level > 0 {
            self.resolve_relative(&name, level)?
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.clone()
        };
        let module = self.import_module(&absolute)?;
        let wants_module = !fromlist.is_none()
            && !matches!(fromlist.object().and_then(|f| f.as_tuple()), Some([]));
        if wants_module {
            return Ok(Value::Obj(module));
        }
        if level > 0 && name.is_empty() {
            return Ok(Value::Obj(module));
        }
        // `import a.b.c` binds `a`.
        let top = match absolute.find('.') {
            Some(dot) if level == 0 => absolute[..dot].to_owned(),
            Some(_) => {
                // Relative `import .a.b` is not valid syntax; `from` forms
                // returned above.
                absolute.clone()
            }
            None => absolute.clone(),
        };
        let modules = self.modules;
        let key = self.intern(&top);
        Ok(self
            .dict_get_str(modules, key)
            .unwrap_or(Value::Obj(module)))
    }

    /// The absolute name of a relative import from the current module.
    fn resolve_relative(&mut self, name: &str, level: usize) -> PyResult<String> {
        let globals = self.frames.last().map(|f| f.globals);
        let package = match globals {
            Some(globals) => {
                let package_key = self.intern("__package__");
                match self.dict_get_str(globals, package_key) {
                    Some(Value::Obj(p)) if p.as_str().is_some() => {
                        Some(self.str_text(Value::Obj(p)))
                    }
                    _ => {
                        let path_key = self.intern("__path__");
                        let module_name = self
                            .dict_get_str(globals, self.names.__name__)
                            .map(|n| self.str_text(n));
                        match module_name {
                            Some(module_name) if self.dict_get_str(globals, path_key).is_some() => {
                                Some(module_name)
                            }
                            Some(module_name) => module_name
                                .rsplit_once('.')
                                .map(|(parent, _)| parent.to_owned()),
                            None => None,
                        }
                    }
                }
            }
            None => None,
        };
        let Some(package) = package.filter(|p| !p.is_empty()) else {
            return Err(self.error(
                ExceptionClass::ImportError,
                "attempted relative import with no known parent package",
            ));
        };
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((parent, _)) => base = parent,
                None => {
                    return Err(self.error(
                        ExceptionClass::ImportError,
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        Ok(if name.is_empty() {
            base.to_owned()
        } else {
            format!("{base}.{name}")
        })
    }

    /// Imports the module with absolute dotted `name` (and its parents),
    /// each once.
    pub fn import_module(&mut self, name: &str) -> PyResult<ObjRef> {
        let modules = self.modules;
        let key = self.intern(name);
        if let Some(Value::Obj(module)) = self.dict_get_str(modules, key) {
            return Ok(module);
        }
        let (parent, search_path) = match name.rsplit_once('.') {
            Some((parent_name, _)) => {
                let parent = self.import_module(parent_name)?;
                if let Some(Value::Obj(module)) = self.dict_get_str(modules, key) {
                    return Ok(module);
                }
                let path_key = self.intern("__path__");
                let paths = match parent.dict().and_then(|d| self.dict_get_str(d, path_key)) {
                    Some(paths) => self.collect_iterable(paths)?,
                    None => {
                        return Err(self.import_error(
                            ExceptionClass::ModuleNotFoundError,
                            format!("No module named '{name}'; '{parent_name}' is not a package"),
                            name,
                            None,
                        ))
                    }
                };
                let folders = paths
                    .into_iter()
                    .map(|p| PathBuf::from(self.str_text(p)))
                    .collect();
                (Some(parent), folders)
            }
            None => {
                if let Some(init) = crate::modules::native_module(name) {
                    let module = self.new_module(name);
                    // A top-level module of no package; pyvm has no loader
                    // or module spec objects.
                    let package = self.str_value("");
                    self.set_module_attr(module, "__package__", package);
                    for name in ["__loader__", "__spec__"] {
                        self.set_module_attr(module, name, Value::None);
                    }
                    self.dict_set_str(modules, key, Value::Obj(module));
                    if let Err(error) = init(self, module) {
                        let _ = self.dict_remove(modules, Value::Obj(key));
                        return Err(error);
                    }
                    return Ok(module);
                }
                if let Some(source) = crate::modules::python_module(name) {
                    let filename = format!("<pyvm {name}>");
                    return self.run_module_source(name, &filename, source, None);
                }
                (None, self.search_path())
            }
        };
        let last = name.rsplit('.').next().unwrap_or(name);
        let Some((file, is_package)) = find_module(last, &search_path) else {
            return Err(self.import_error(
                ExceptionClass::ModuleNotFoundError,
                format!("No module named '{name}'"),
                name,
                None,
            ));
        };
        let module = self.run_module_file(name, &file, is_package)?;
        if let Some(parent) = parent {
            let child = self.intern(last);
            self.set_attr(Value::Obj(parent), child, Value::Obj(module))?;
        }
        Ok(module)
    }

    /// `sys.path`: the folders searched for top-level modules.
    fn search_path(&mut self) -> Vec<PathBuf> {
        let sys_key = self.intern("sys");
        let path_key = self.intern("path");
        let modules = self.modules;
        if let Some(Value::Obj(sys)) = self.dict_get_str(modules, sys_key) {
            if let Some(Value::Obj(list)) = sys.dict().and_then(|d| self.dict_get_str(d, path_key))
            {
                if let Some(items) = list.as_list() {
                    let items = items.borrow().clone();
                    return items
                        .into_iter()
                        .filter(|item| matches!(item.payload(), Some(Payload::Str(_))))
                        .map(|item| PathBuf::from(self.str_text(item)))
                        .collect();
                }
            }
        }
        self.default_path()
    }

    /// The initial `sys.path`: the script's folder, then `PYVMPATH`.
    pub(crate) fn default_path(&self) -> Vec<PathBuf> {
        self.path.iter().map(PathBuf::from).collect()
    }

    /// Runs a module's source file as module `name`, registered in
    /// `sys.modules` first (and removed again if it fails).
    fn run_module_file(&mut self, name: &str, file: &Path, is_package: bool) -> PyResult<ObjRef> {
        let filename = file.display().to_string();
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(error) => {
                return Err(self.error(ExceptionClass::OSError, format!("{filename}: {error}")))
            }
        };
        let source = match pyvm_lexer::encoding::decode_source(
            &bytes,
            pyvm_lexer::encoding::Mode::Compile,
            &filename,
        ) {
            Ok(decoded) => decoded.text.into_owned(),
            Err(error) => return Err(self.error(ExceptionClass::SyntaxError, error.to_string())),
        };
        let folder = is_package.then(|| {
            file.parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        });
        self.run_module_source(name, &filename, &source, folder)
    }

    /// Runs `source` as the new module `name` from `filename` (a package
    /// when `folder`, its `__path__`, is given), registered in
    /// `sys.modules` while it runs and taken out again if it fails.
    pub(crate) fn run_module_source(
        &mut self,
        name: &str,
        filename: &str,
        source: &str,
        folder: Option<String>,
    ) -> PyResult<ObjRef> {
        let module = self.new_module(name);
        let modules = self.modules;
        let key = self.intern(name);
        self.dict_set_str(modules, key, Value::Obj(module));
        let file_value = self.str_value(filename);
        self.set_module_attr(module, "__file__", file_value);
        let package = match folder {
            Some(folder) => {
                let folder = self.str_value(&folder);
                let path = Value::Obj(self.new_list(vec![folder]));
                self.set_module_attr(module, "__path__", path);
                name.to_owned()
            }
            None => name
                .rsplit_once('.')
                .map(|(p, _)| p.to_owned())
                .unwrap_or_default(),
        };
        let package = self.str_value(&package);
        self.set_module_attr(module, "__package__", package);
        let builtins = Value::Obj(self.builtins);
        self.set_module_attr(module, "__builtins__", builtins);
        // pyvm has no loader, module spec or bytecode cache objects.
        for name in ["__loader__", "__spec__", "__cached__"] {
            self.set_module_attr(module, name, Value::None);
        }
        let namespace = module.dict().expect("a module namespace");
        let result = self
            .compile(source, filename, Mode::Exec)
            .and_then(|code| self.run_code(code, namespace, Value::Obj(namespace)));
        if let Err(error) = result {
            let _ = self.dict_remove(modules, Value::Obj(key));
            return Err(error);
        }
        // The module may have replaced itself in `sys.modules`.
        match self.dict_get_str(modules, key) {
            Some(Value::Obj(registered)) => Ok(registered),
            _ => Ok(module),
        }
    }

    /// `ImportFrom`: `from module import name`.
    pub(crate) fn import_from(&mut self, module: Value, name: ObjRef) -> PyResult<Value> {
        // As `getattr`, hooks included (a module's `__getattr__`); only
        // an `AttributeError` goes on to the submodule.
        if let Some(found) = self.lookup_attr(module, name)? {
            return Ok(found);
        }
        let attribute = self.str_text(Value::Obj(name));
        let module_name = module
            .object()
            .and_then(|m| m.dict())
            .and_then(|d| self.dict_get_str(d, self.names.__name__))
            .map(|n| self.str_text(n));
        if let Some(module_name) = &module_name {
            let full = format!("{module_name}.{attribute}");
            if let Ok(submodule) = self.import_module(&full) {
                return Ok(Value::Obj(submodule));
            }
        }
        let module_name = module_name.unwrap_or_else(|| "<unknown module name>".to_owned());
        let file = module
            .object()
            .and_then(|m| m.dict())
            .and_then(|d| self.dict_get_str(d, self.names.__file__))
            .map(|f| self.str_text(f));
        let message = match &file {
            Some(file) => format!("cannot import name '{attribute}' from '{module_name}' ({file})"),
            None => {
                format!("cannot import name '{attribute}' from '{module_name}' (unknown location)")
            }
        };
        Err(self.import_error(
            ExceptionClass::ImportError,
            message,
            &module_name,
            file.as_deref(),
        ))
    }

    /// An `ImportError` (or `ModuleNotFoundError`) with its `name` and
    /// `path` attributes.
    fn import_error(
        &mut self,
        class: ExceptionClass,
        message: String,
        name: &str,
        path: Option<&str>,
    ) -> PyErr {
        let message_value = self.str_value(&message);
        let error = self.error(class, message);
        let dict = self.new_dict();
        error.exception.set_dict(dict);
        let key = self.intern("msg");
        self.dict_set_str(dict, key, message_value);
        let name_value = self.str_value(name);
        let key = self.intern("name");
        self.dict_set_str(dict, key, name_value);
        if let Some(path) = path {
            let path_value = self.str_value(path);
            let key = self.intern("path");
            self.dict_set_str(dict, key, path_value);
        }
        error
    }

    /// `ImportStar`: copies a module's public names into the current
    /// namespace.
    pub(crate) fn import_star(&mut self, module: Value) -> PyResult<()> {
        let Some(namespace) = module.object().and_then(|m| m.dict()) else {
            return Ok(());
        };
        let all_key = self.intern("__all__");
        let names: Vec<Value> = match self.dict_get_str(namespace, all_key) {
            Some(all) => self.collect_iterable(all)?,
            None => namespace
                .as_dict()
                .expect("a dict")
                .borrow()
                .iter()
                .map(|(k, _)| k.key)
                .filter(|k| !self.str_text(*k).starts_with('_'))
                .collect(),
        };
        let target = match self.frames.last().map(|f| f.locals) {
            Some(Value::Obj(locals)) => locals,
            _ => {
                return Err(self.error(
                    ExceptionClass::SystemError,
                    "no locals found during 'import *'",
                ))
            }
        };
        for name in names {
            let Some(name_object) = name.as_object().filter(|n| n.as_str().is_some()) else {
                continue;
            };
            let value = self.get_attr(module, name_object)?;
            self.dict_set(target, name, value)?;
        }
        Ok(())
    }
}

impl Vm {
    /// `python -m NAME`: runs a module (or a package's `__main__`) found
    /// on `sys.path` as `__main__`; returns the exit status.
    pub fn run_main_module(&mut self, name: &str) -> i32 {
        let mut folders = self.default_path();
        let mut parts = name.split('.').peekable();
        let mut found = None;
        while let Some(part) = parts.next() {
            match find_module(part, &folders) {
                Some((file, true)) if parts.peek().is_some() => {
                    folders = vec![file.parent().map(Path::to_path_buf).unwrap_or_default()];
                }
                Some((file, true)) => {
                    let main = file.with_file_name("__main__.py");
                    found = main.is_file().then_some(main);
                }
                Some((file, false)) if parts.peek().is_none() => found = Some(file),
                _ => break,
            }
        }
        let Some(file) = found else {
            self.stdout.flush();
            let program = std::env::args().next().unwrap_or_else(|| "pyvm".to_owned());
            eprintln!("{program}: No module named {name}");
            return 1;
        };
        let filename = file.display().to_string();
        if let Some(first) = self.argv.first_mut() {
            *first = filename.clone();
        }
        match std::fs::read(&file) {
            Ok(bytes) => match pyvm_lexer::encoding::decode_source(
                &bytes,
                pyvm_lexer::encoding::Mode::Compile,
                &filename,
            ) {
                Ok(decoded) => {
                    let source = decoded.text.into_owned();
                    self.run_main_source(&source, &filename)
                }
                Err(error) => {
                    eprintln!("{filename}: error: {error}");
                    1
                }
            },
            Err(error) => {
                eprintln!("{filename}: error: {error}");
                1
            }
        }
    }
}

/// `name.py` or `name/__init__.py` in the first folder that has one.
fn find_module(name: &str, folders: &[PathBuf]) -> Option<(PathBuf, bool)> {
    for folder in folders {
        let package = folder.join(name).join("__init__.py");
        if package.is_file() {
            return Some((package, true));
        }
        let module = folder.join(format!("{name}.py"));
        if module.is_file() {
            return Some((module, false));
        }
    }
    None
}
