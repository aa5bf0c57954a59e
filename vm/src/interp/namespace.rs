//! Names in the interpreter: local and cell variables that are unbound,
//! globals and builtins (with the code object's cache of where a global
//! is), and the namespaces of module and class bodies.

use crate::exception_class::ExceptionClass;
use crate::objects::code::{Code, GlobalCache};
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// The keys version of a dict object.
fn keys_version(dict: ObjRef) -> u64 {
    dict.as_dict()
        .map_or(0, |table| table.borrow().keys_version())
}

/// The value of entry `index` of a dict object.
fn value_at(dict: ObjRef, index: usize) -> Value {
    dict.as_dict()
        .and_then(|table| table.borrow().value_at(index))
        .unwrap_or(Value::Null)
}

/// A global as the code object's cache says where it is, if the dicts'
/// keys have not changed since.
#[inline(always)]
pub(super) fn cached_global(
    code: &Code,
    index: usize,
    globals: ObjRef,
    builtins: ObjRef,
) -> Option<Value> {
    let cache = code.global_cache[index].get();
    let table = globals.as_dict()?.borrow();
    if table.keys_version() != cache.globals_version {
        return None;
    }
    if cache.builtins_version == 0 {
        return table.value_at(cache.index as usize);
    }
    let builtins = builtins.as_dict()?.borrow();
    if builtins.keys_version() != cache.builtins_version {
        return None;
    }
    builtins.value_at(cache.index as usize)
}

impl Vm {
    /// `UnboundLocalError` for fast local `index`.
    pub(super) fn unbound_local(&mut self, code: &Code, index: usize) -> PyErr {
        let name = code.code.varnames.get(index).cloned().unwrap_or_default();
        self.error(
            ExceptionClass::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    /// The error for an empty cell: an unbound local for a cell variable,
    /// a `NameError` for a free variable.
    pub(super) fn unbound_cell(&mut self, code: &Code, index: usize) -> PyErr {
        let cellvars = code.code.cellvars.len();
        let name = code
            .code
            .cell_name(pyvm_bytecode::CellIdx(index as u32))
            .unwrap_or("?")
            .to_owned();
        if index < cellvars {
            self.error(
                ExceptionClass::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.error(
                ExceptionClass::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// `NameError: name 'x' is not defined`.
    pub(crate) fn name_error(&mut self, name: ObjRef) -> PyErr {
        let text = self.str_text(Value::Obj(name));
        let error = self.error(
            ExceptionClass::NameError,
            format!("name '{text}' is not defined"),
        );
        self.set_name_error_name(error.exception, name);
        error
    }

    /// `LoadName`: the locals namespace, then globals, then builtins.
    pub(super) fn load_name(&mut self, name: ObjRef) -> PyResult<Value> {
        let frame = *self.frame();
        if let Value::Obj(locals) = frame.locals {
            if let Some(found) = self.namespace_get(locals, name)? {
                return Ok(found);
            }
        }
        if let Some(found) = self.dict_get_str(frame.globals, name) {
            return Ok(found);
        }
        if let Some(found) = self.dict_get_str(frame.builtins, name) {
            return Ok(found);
        }
        Err(self.name_error(name))
    }

    /// `LoadGlobal` of name `index`: globals, then builtins, remembering
    /// where it was found in the code object's cache.
    pub(super) fn load_global(&mut self, code: &Code, index: usize) -> PyResult<Value> {
        let frame = *self.frame();
        if let Some(value) = cached_global(code, index, frame.globals, frame.builtins) {
            return Ok(value);
        }
        let name = code.names[index];
        let globals_version = keys_version(frame.globals);
        if let Some(found) = self.dict_index_str(frame.globals, name) {
            code.global_cache[index].set(GlobalCache {
                globals_version,
                builtins_version: 0,
                index: found as u32,
            });
            return Ok(value_at(frame.globals, found));
        }
        if let Some(found) = self.dict_index_str(frame.builtins, name) {
            code.global_cache[index].set(GlobalCache {
                globals_version,
                builtins_version: keys_version(frame.builtins),
                index: found as u32,
            });
            return Ok(value_at(frame.builtins, found));
        }
        Err(self.name_error(name))
    }

    /// The globals, when the running frame's locals are its globals too
    /// and a plain dict (module-level code): its names are globals.
    pub(super) fn module_namespace(&self) -> Option<ObjRef> {
        let frame = self.frame();
        match frame.locals {
            Value::Obj(locals) if locals == frame.globals && locals.class() == self.types.dict => {
                Some(locals)
            }
            _ => None,
        }
    }

    /// `StoreName` of name `index` in module-level code, whose namespace
    /// is `globals`: straight to the entry the code object's cache
    /// remembers for the name while the dict's keys are unchanged, and
    /// remembered when stored otherwise.
    pub(super) fn store_global_name(
        &mut self,
        code: &Code,
        index: usize,
        globals: ObjRef,
        value: Value,
    ) {
        let cache = code.global_cache[index].get();
        if let Some(table) = globals.as_dict() {
            let mut table = table.borrow_mut();
            if cache.builtins_version == 0 && table.keys_version() == cache.globals_version {
                table.set_value(cache.index as usize, value);
                return;
            }
        }
        let found = self.dict_set_str(globals, code.names[index], value);
        code.global_cache[index].set(GlobalCache {
            globals_version: keys_version(globals),
            builtins_version: 0,
            index: found as u32,
        });
    }

    /// A lookup in a locals namespace (a dict, or any mapping).
    pub(crate) fn namespace_get(
        &mut self,
        namespace: ObjRef,
        name: ObjRef,
    ) -> PyResult<Option<Value>> {
        if namespace.as_dict().is_some() && namespace.class() == self.types.dict {
            return Ok(self.dict_get_str(namespace, name));
        }
        match self.get_item(Value::Obj(namespace), Value::Obj(name)) {
            Ok(found) => Ok(Some(found)),
            Err(error)
                if self.is_exception(Value::Obj(error.exception), ExceptionClass::KeyError) =>
            {
                Ok(None)
            }
            Err(error) => Err(error),
        }
    }

    pub(super) fn namespace_set(
        &mut self,
        namespace: ObjRef,
        name: ObjRef,
        value: Value,
    ) -> PyResult<()> {
        if namespace.as_dict().is_some() && namespace.class() == self.types.dict {
            self.dict_set_str(namespace, name, value);
            return Ok(());
        }
        self.set_item(Value::Obj(namespace), Value::Obj(name), value)
    }

    pub(super) fn namespace_delete(&mut self, namespace: ObjRef, name: ObjRef) -> PyResult<bool> {
        if namespace.as_dict().is_some() {
            return Ok(self.dict_remove(namespace, Value::Obj(name))?.is_some());
        }
        self.del_item(Value::Obj(namespace), Value::Obj(name))?;
        Ok(true)
    }
}
