//! The attributes generators, coroutines and async generators compute
//! (`gi_running`, `cr_await`, `ag_code`, `gi_frame`, …), and the errors for assigning
//! or deleting them, as CPython's getsets and members word them.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::generator::{GeneratorKind, GeneratorState};
use crate::ops::generator::mark_shared;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// What a computed attribute of a generator-like object gives.
#[derive(Clone, Copy)]
enum GeneratorAttr {
    /// `gi_running`, `cr_running`, `ag_running`.
    Running,
    /// `gi_code`, `cr_code`, `ag_code`.
    Code,
    /// `gi_frame`, `cr_frame`, `ag_frame`.
    Frame,
    /// `gi_yieldfrom`, `cr_await`, `ag_await`: what a suspended `yield
    /// from` or `await` delegates to.
    Delegate,
    /// `gi_suspended`, `cr_suspended`.
    Suspended,
    /// `cr_origin` (pyvm never tracks it).
    Origin,
}

/// How CPython stores an attribute, which decides the message for
/// assigning it: a read-only member says "readonly attribute", a getset
/// with no setter names the attribute and the type.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Storage {
    Member,
    GetSet,
}

/// The computed attribute `name` of a generator object of `kind`.
fn lookup(kind: GeneratorKind, name: &str) -> Option<(GeneratorAttr, Storage)> {
    use GeneratorAttr::*;
    use Storage::*;
    Some(match (kind, name) {
        (GeneratorKind::Generator, "gi_running") => (Running, GetSet),
        (GeneratorKind::Generator, "gi_code") => (Code, Member),
        (GeneratorKind::Generator, "gi_frame") => (Frame, GetSet),
        (GeneratorKind::Generator, "gi_yieldfrom") => (Delegate, GetSet),
        (GeneratorKind::Generator, "gi_suspended") => (Suspended, GetSet),
        (GeneratorKind::Coroutine, "cr_running") => (Running, GetSet),
        (GeneratorKind::Coroutine, "cr_code") => (Code, Member),
        (GeneratorKind::Coroutine, "cr_frame") => (Frame, GetSet),
        (GeneratorKind::Coroutine, "cr_await") => (Delegate, GetSet),
        (GeneratorKind::Coroutine, "cr_suspended") => (Suspended, GetSet),
        (GeneratorKind::Coroutine, "cr_origin") => (Origin, Member),
        // An async generator's `ag_running` is a member: true while one of
        // its awaitable steps is being awaited.
        (GeneratorKind::AsyncGenerator, "ag_running") => (Running, Member),
        (GeneratorKind::AsyncGenerator, "ag_code") => (Code, Member),
        (GeneratorKind::AsyncGenerator, "ag_frame") => (Frame, GetSet),
        (GeneratorKind::AsyncGenerator, "ag_await") => (Delegate, GetSet),
        _ => return None,
    })
}

/// The kind of a generator-like object.
fn kind_of(generator: ObjRef) -> Option<GeneratorKind> {
    match &generator.payload {
        Payload::Generator(cell) => Some(cell.borrow().kind),
        _ => None,
    }
}

/// Whether `name` may be a computed attribute of a generator-like object.
pub(crate) fn is_generator_attr_name(name: &str) -> bool {
    ["gi_", "cr_", "ag_"].iter().any(|p| name.starts_with(p))
}

impl Vm {
    /// The computed attribute `name` of a generator, coroutine or async
    /// generator; `None` when it has no such attribute.
    pub(crate) fn generator_attr(&mut self, generator: ObjRef, name: &str) -> Option<Value> {
        let Payload::Generator(cell) = &generator.payload else {
            return None;
        };
        let (attr, _) = lookup(kind_of(generator)?, name)?;
        let data = cell.borrow();
        Some(match attr {
            GeneratorAttr::Running if data.kind == GeneratorKind::AsyncGenerator => {
                Value::bool(data.running_async.get())
            }
            GeneratorAttr::Running => Value::bool(data.state == GeneratorState::Running),
            GeneratorAttr::Code => Value::Obj(data.code),
            GeneratorAttr::Frame => {
                drop(data);
                self.generator_frame_object(generator)
            }
            GeneratorAttr::Suspended => Value::bool(data.state == GeneratorState::Suspended),
            GeneratorAttr::Origin => Value::None,
            GeneratorAttr::Delegate => {
                drop(data);
                let delegate = self
                    .yield_from_delegate(generator)
                    .map_or(Value::None, |(delegate, _)| delegate);
                mark_shared(delegate);
                delegate
            }
        })
    }

    /// Assigning (`new` is `Some`) or deleting an attribute of a
    /// generator-like object that is not a plain instance attribute: the
    /// error CPython gives, or `None` when `name` is none of them.
    pub(crate) fn generator_set_attr(
        &mut self,
        generator: ObjRef,
        name: &str,
        new: Option<Value>,
    ) -> Option<PyResult<()>> {
        let Payload::Generator(cell) = &generator.payload else {
            return None;
        };
        if matches!(name, "__name__" | "__qualname__") {
            let Some(new) = new.filter(|v| matches!(v.payload(), Some(Payload::Str(_)))) else {
                return Some(Err(
                    self.type_error(format!("{name} must be set to a string object"))
                ));
            };
            let data = cell.borrow();
            let field = if name == "__name__" {
                &data.name
            } else {
                &data.qualname
            };
            field.set(new);
            return Some(Ok(()));
        }
        let kind = kind_of(generator)?;
        let (_, storage) = lookup(kind, name)?;
        Some(Err(self.not_writable(kind, name, storage)))
    }

    /// The `AttributeError` for assigning a read-only attribute.
    fn not_writable(&mut self, kind: GeneratorKind, name: &str, storage: Storage) -> PyErr {
        let message = match storage {
            Storage::Member => "readonly attribute".to_owned(),
            Storage::GetSet => format!(
                "attribute '{name}' of '{}' objects is not writable",
                kind.type_name()
            ),
        };
        self.error(ExceptionClass::AttributeError, message)
    }
}
