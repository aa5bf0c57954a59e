//! Slots: the members `__slots__` declares, made when a class is, and
//! reading, setting and deleting an instance's slot values through them.

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::member::{empty_slots, Member};
use crate::value::{ObjRef, Value};
use crate::vm::{type_name_of, PyResult, Vm};

/// How many slot values instances of `class` have (its own slots and its
/// bases').
pub(crate) fn slot_count(class: ObjRef) -> usize {
    class.as_type().map_or(0, |data| data.slot_count.get())
}

/// The names of `class`'s own slots that get a member (all but
/// `__dict__` and `__weakref__`).
fn member_names(class: ObjRef) -> Vec<String> {
    class
        .as_type()
        .and_then(|data| data.slots.as_ref())
        .map(|slots| {
            slots
                .iter()
                .filter(|name| *name != "__dict__" && *name != "__weakref__")
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// The class whose slots fix where `class`'s instances keep their slot
/// values: the most derived class of its MRO with slots of its own.
fn slot_base(class: ObjRef) -> Option<ObjRef> {
    let data = class.as_type()?;
    let mro = data.mro.borrow();
    mro.iter()
        .copied()
        .find(|&base| !member_names(base).is_empty())
}

/// A private slot name as the class body's code sees it (`__x` in class
/// `A` is `_A__x`).
fn mangle(class_name: &str, name: &str) -> String {
    let owner = class_name.trim_start_matches('_');
    if name.starts_with("__") && !name.ends_with("__") && !owner.is_empty() {
        format!("_{owner}{name}")
    } else {
        name.to_owned()
    }
}

impl Vm {
    /// The names `__slots__` (`declared`) gives a new class `class_name`
    /// with bases `bases`: one string or an iterable of them, private
    /// ones mangled, with CPython's checks (identifiers, one `__dict__`
    /// and `__weakref__` where the bases have none, no slots on
    /// variable-sized types), none of them also a class variable of
    /// `namespace`.
    pub(crate) fn slot_names(
        &mut self,
        declared: Value,
        namespace: ObjRef,
        class_name: &str,
        bases: &[ObjRef],
    ) -> PyResult<Box<[String]>> {
        let items = match declared.object().and_then(|d| d.as_str()) {
            Some(_) => vec![declared],
            None => self.collect_iterable(declared)?,
        };
        let mut names = Vec::with_capacity(items.len());
        for item in items {
            match item.object().and_then(|i| i.as_str()) {
                Some(name) => names.push(name.as_str().to_owned()),
                None => {
                    let type_name = self.type_name(item);
                    return Err(self.type_error(format!(
                        "__slots__ items must be strings, not '{type_name}'"
                    )));
                }
            }
        }
        let sized = bases
            .iter()
            .find_map(|&base| self.variable_sized_base(base));
        if let (Some(sized), false) = (sized, names.is_empty()) {
            return Err(self.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                type_name_of(sized)
            )));
        }
        let (mut may_add_dict, mut may_add_weak) = (true, sized.is_none());
        for &base in bases {
            may_add_dict &= !self.instances_have_dict(base);
            may_add_weak &= !self.weakrefable(base);
        }
        for name in &names {
            let identifier = name
                .chars()
                .next()
                .is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
                && name
                    .chars()
                    .all(|c| c == '_' || unicode_ident::is_xid_continue(c));
            if !identifier {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            if name == "__dict__" {
                if !may_add_dict {
                    return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                }
                may_add_dict = false;
            } else if name == "__weakref__" {
                if !may_add_weak {
                    return Err(self.type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                may_add_weak = false;
            }
        }
        let names: Vec<String> = names.iter().map(|name| mangle(class_name, name)).collect();
        for name in &names {
            if name == "__dict__" || name == "__weakref__" {
                continue;
            }
            let key = self.intern(name);
            if self.dict_get_str(namespace, key).is_some() {
                return Err(self.value_error(format!(
                    "'{name}' in __slots__ conflicts with class variable"
                )));
            }
        }
        Ok(names.into_boxed_slice())
    }

    /// The variable-sized built-in type (`int`, `tuple`, `bytes`) whose
    /// instances `base`'s are, if any.
    fn variable_sized_base(&self, base: ObjRef) -> Option<ObjRef> {
        let solid = self.builtin_base(base);
        let types = &self.types;
        [types.int, types.tuple, types.bytes]
            .into_iter()
            .find(|&sized| self.is_subtype(solid, sized))
    }

    /// A new plain instance of `class` (of the object layout), its slots
    /// unset.
    pub(crate) fn new_plain_instance(&mut self, class: ObjRef) -> ObjRef {
        let slots = empty_slots(slot_count(class));
        self.alloc_with(class, || Payload::Instance(slots))
    }

    /// CPython's "multiple bases have instance lay-out conflict" for
    /// slots: two bases whose slots are at the same places.
    pub(crate) fn check_slot_layouts(&mut self, bases: &[ObjRef]) -> PyResult<()> {
        let mut deepest: Option<ObjRef> = None;
        for &base in bases {
            let Some(solid) = slot_base(base) else {
                continue;
            };
            deepest = match deepest {
                None => Some(solid),
                Some(current) if self.is_subtype(current, solid) => Some(current),
                Some(current) if self.is_subtype(solid, current) => Some(solid),
                Some(_) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"))
                }
            };
        }
        Ok(())
    }

    /// Puts a member for each of the new class's own slots into its dict
    /// `dict`, after those of its bases, and counts its instances' slots.
    pub(crate) fn add_slot_members(&mut self, class: ObjRef, dict: ObjRef) {
        let data = class.as_type().expect("a class");
        let first = data.bases.borrow().iter().map(|&b| slot_count(b)).max();
        let first = first.unwrap_or(0);
        let names = member_names(class);
        data.slot_count.set(first + names.len());
        let member_type = self.types.member_descriptor;
        for (offset, name) in names.iter().enumerate() {
            let name = self.intern(name);
            let member = Member {
                name,
                owner: class,
                index: first + offset,
            };
            let member = self.alloc(member_type, Payload::Member(member));
            self.dict_set_str(dict, name, Value::Obj(member));
        }
    }

    /// `member.__get__(instance)`: the slot's value, or CPython's
    /// `AttributeError` when it is unset.
    pub(crate) fn member_get(&mut self, member: &Member, instance: Value) -> PyResult<Value> {
        let object = self.member_target(member, instance)?;
        let value = match &object.payload {
            Payload::Instance(Some(slots)) => slots.get(member.index).map(|slot| slot.get()),
            _ => object
                .dict()
                .and_then(|dict| self.dict_get_str(dict, member.name)),
        };
        match value {
            Some(value) if !value.is_null() => Ok(value),
            _ => Err(self.attribute_error(instance, member.name)),
        }
    }

    /// `member.__set__(instance, value)`, or `member.__delete__(instance)`
    /// for `None`.
    pub(crate) fn member_set(
        &mut self,
        member: &Member,
        instance: Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        let object = self.member_target(member, instance)?;
        let was_set = match &object.payload {
            Payload::Instance(Some(slots)) if member.index < slots.len() => {
                let slot = &slots[member.index];
                !slot.replace(value.unwrap_or(Value::Null)).is_null()
            }
            _ => {
                let dict = self.instance_dict(object);
                match value {
                    Some(value) => {
                        self.dict_set_str(dict, member.name, value);
                        true
                    }
                    None => self.dict_remove(dict, Value::Obj(member.name))?.is_some(),
                }
            }
        };
        if value.is_none() && !was_set {
            // CPython names just the attribute.
            let name = self.str_text(Value::Obj(member.name));
            return Err(self.error(ExceptionClass::AttributeError, name));
        }
        Ok(())
    }

    /// The object a member reads or writes: `instance`, when it is an
    /// instance of the class that declared the slot.
    fn member_target(&mut self, member: &Member, instance: Value) -> PyResult<ObjRef> {
        let class = self.type_of(instance);
        match instance.as_object() {
            Some(object) if self.is_subtype(class, member.owner) => Ok(object),
            _ => {
                let name = self.str_text(Value::Obj(member.name));
                let owner = type_name_of(member.owner);
                let type_name = self.type_name(instance);
                Err(self.type_error(format!(
                    "descriptor '{name}' for '{owner}' objects doesn't apply to a '{type_name}' object"
                )))
            }
        }
    }

    /// `repr(member)`: `<member 'x' of 'A' objects>`.
    pub(crate) fn member_repr(&mut self, member: &Member) -> String {
        let name = self.str_text(Value::Obj(member.name));
        format!(
            "<member '{name}' of '{}' objects>",
            type_name_of(member.owner)
        )
    }
}
