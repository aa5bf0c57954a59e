//! The attributes of a class that setting or deleting checks or
//! recomputes, as CPython's type getsets and members do: `__name__`,
//! `__qualname__`, `__bases__` (which recomputes the MROs below it) and
//! the read-only ones (`__mro__`, `__base__`…); and computing a class's
//! MRO, with its metaclass's `mro()` when that overrides `type.mro`.

use crate::exception_class::ExceptionClass;
use crate::types::c3_mro;
use crate::value::{ObjRef, Value};
use crate::vm::{type_name_of, PyResult, Vm};

/// The members CPython's `type` declares read-only.
const READONLY_MEMBERS: &[&str] = &[
    "__mro__",
    "__base__",
    "__basicsize__",
    "__itemsize__",
    "__flags__",
    "__weakrefoffset__",
    "__dictoffset__",
];

/// The getsets of `type` without a setter.
const UNWRITABLE_GETSETS: &[&str] = &["__dict__", "__text_signature__"];

impl Vm {
    /// `class.text = new`, or `del class.text` when `new` is `None`, for
    /// a user class and the attributes `type` computes; `Ok(false)` when
    /// `text` is none of them (it then lives in the class's dict).
    pub(crate) fn set_type_special(
        &mut self,
        class: ObjRef,
        text: &str,
        new: Option<Value>,
    ) -> PyResult<bool> {
        if READONLY_MEMBERS.contains(&text) {
            return Err(self.error(ExceptionClass::AttributeError, "readonly attribute"));
        }
        if UNWRITABLE_GETSETS.contains(&text) {
            return Err(self.error(
                ExceptionClass::AttributeError,
                format!("attribute '{text}' of 'type' objects is not writable"),
            ));
        }
        if !matches!(text, "__name__" | "__qualname__" | "__bases__") {
            return Ok(false);
        }
        let class_name = type_name_of(class);
        let Some(new) = new else {
            return Err(self.type_error(format!(
                "cannot delete '{text}' attribute of immutable type '{class_name}'"
            )));
        };
        let data = class.as_type().expect("a type");
        match text {
            "__bases__" => self.set_bases(class, new)?,
            _ => {
                let Some(value) = new.object().and_then(|n| n.as_str()) else {
                    let type_name = self.type_name(new);
                    return Err(self.type_error(format!(
                        "can only assign string to {class_name}.{text}, not '{type_name}'"
                    )));
                };
                let value = value.as_str().to_owned();
                if text == "__qualname__" {
                    *data.qualname.borrow_mut() = value;
                } else if value.contains('\0') {
                    return Err(self.value_error("type name must not contain null characters"));
                } else {
                    *data.name.borrow_mut() = value;
                }
            }
        }
        Ok(true)
    }

    /// `class.__bases__ = new`: new bases whose instances are laid out
    /// as the old ones', and the MROs of the class and its subclasses
    /// recomputed, as CPython's `type_set_bases`.
    fn set_bases(&mut self, class: ObjRef, new: Value) -> PyResult<()> {
        let class_name = type_name_of(class);
        let Some(items) = new
            .object()
            .and_then(|n| n.as_tuple())
            .map(<[Value]>::to_vec)
        else {
            let type_name = self.type_name(new);
            return Err(self.type_error(format!(
                "can only assign tuple to {class_name}.__bases__, not {type_name}"
            )));
        };
        if items.is_empty() {
            return Err(self.type_error(format!(
                "can only assign non-empty tuple to {class_name}.__bases__, not ()"
            )));
        }
        let mut bases = Vec::with_capacity(items.len());
        for item in items {
            let Some(base) = item.as_object().filter(|b| b.as_type().is_some()) else {
                let type_name = self.type_name(item);
                return Err(self.type_error(format!(
                    "{class_name}.__bases__ must be tuple of classes, not '{type_name}'"
                )));
            };
            if self.is_subtype(base, class) {
                return Err(self.type_error("a __bases__ item causes an inheritance cycle"));
            }
            bases.push(base);
        }
        let data = class.as_type().expect("a type");
        let old_base = data.base.get().unwrap_or(self.types.object);
        let new_base = self.best_base(&bases);
        if self.solid_base(new_base) != self.solid_base(old_base) {
            let (new_name, old_name) = (type_name_of(new_base), type_name_of(old_base));
            return Err(self.type_error(format!(
                "__bases__ assignment: '{new_name}' object layout differs from '{old_name}'"
            )));
        }
        let old_bases = std::mem::replace(&mut *data.bases.borrow_mut(), bases.clone());
        data.base.set(Some(new_base));
        if let Err(error) = self.recompute_mros(class) {
            *data.bases.borrow_mut() = old_bases;
            data.base.set(Some(old_base));
            return Err(error);
        }
        for old in old_bases {
            if let Some(old) = old.as_type() {
                old.subclasses.borrow_mut().retain(|&c| c != class);
            }
        }
        crate::types::record_in_bases(class);
        Ok(())
    }

    /// Computes again the MROs of `class` and of every class below it,
    /// putting the old ones back if one fails (CPython's
    /// `mro_hierarchy`).
    fn recompute_mros(&mut self, class: ObjRef) -> PyResult<()> {
        let mut done: Vec<(ObjRef, Vec<ObjRef>)> = Vec::new();
        let mut pending = std::collections::VecDeque::from([class]);
        while let Some(next) = pending.pop_front() {
            let data = next.as_type().expect("a type");
            match self.compute_mro(next) {
                Ok(mro) => {
                    let old = std::mem::replace(&mut *data.mro.borrow_mut(), mro);
                    done.push((next, old));
                    self.touch_type(next);
                    pending.extend(data.subclasses.borrow().iter().copied());
                }
                Err(error) => {
                    for (class, old) in done.into_iter().rev() {
                        *class.as_type().expect("a type").mro.borrow_mut() = old;
                        self.touch_type(class);
                    }
                    return Err(error);
                }
            }
        }
        Ok(())
    }

    /// The MRO of `class` from its bases: what its metaclass's `mro()`
    /// returns when the metaclass overrides it (each item a class), else
    /// the C3 linearisation (CPython's `mro_internal`).
    pub(crate) fn compute_mro(&mut self, class: ObjRef) -> PyResult<Vec<ObjRef>> {
        let metatype = class.class();
        let mro_name = self.intern("mro");
        let Some(method) = self.lookup_user(metatype, mro_name) else {
            return self.default_mro(class);
        };
        self.roots.push(Value::Obj(class));
        let items = self
            .call_method_value(method, Value::Obj(class), &[])
            .and_then(|result| self.collect_iterable(result));
        self.roots.pop();
        let mut mro = Vec::new();
        for item in items? {
            match item.as_object().filter(|c| c.as_type().is_some()) {
                Some(entry) => mro.push(entry),
                None => {
                    let type_name = self.type_name(item);
                    return Err(
                        self.type_error(format!("mro() returned a non-class ('{type_name}')"))
                    );
                }
            }
        }
        Ok(mro)
    }

    /// The C3 linearisation of `class` and its bases (`type.mro`), or
    /// CPython's TypeError naming the bases it cannot order.
    pub(crate) fn default_mro(&mut self, class: ObjRef) -> PyResult<Vec<ObjRef>> {
        let bases = class.as_type().expect("a type").bases.borrow().clone();
        c3_mro(class, &bases).map_err(|heads| {
            let names: Vec<String> = heads.iter().map(|&b| type_name_of(b)).collect();
            self.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ))
        })
    }
}
