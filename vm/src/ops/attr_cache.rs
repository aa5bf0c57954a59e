//! Inline caches of attribute loads and stores (CPython's specialised
//! `LOAD_ATTR_INSTANCE_VALUE`, `STORE_ATTR_INSTANCE_VALUE` and
//! `LOAD_ATTR_CLASS`).
//!
//! Each code object has four entries per name (a site that sees a few
//! classes, such as a method inherited by subclasses, keeps each). An
//! entry remembers, for the
//! class it saw, where the name was found: at an index of a plain
//! instance's dict (the class having no descriptor of that name), or as a
//! plain value on a class read through the class itself. Entries are
//! stamped with the method cache's epoch, which moves whenever any type's
//! attributes change and after every collection, so a hit never needs to
//! look at the class again; an instance-dict hit only checks that the
//! entry at the remembered index still has the name. A module's
//! attributes are remembered by their index in its dict, for as long as
//! the dict's keys do not change.

use std::cell::Cell;

use crate::interp::frame::Returns;
use crate::object::Payload;
use crate::objects::code::Code;
use crate::ops::attr::{is_plain_data, is_plain_method, is_special_name, note_instance_attributes};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// What an [`AttrCache`] entry remembers.
///
/// The kinds carry no data, so that telling them apart on a hit is one
/// byte compared.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum AttrCacheKind {
    /// Nothing yet.
    Empty,
    /// The attribute of an instance of class `owner` is at `index` of its
    /// dict, and the class has no descriptor of that name; stores must
    /// take the general path (the class has a `__setattr__` or
    /// `__slots__`).
    InstanceDict,
    /// As `InstanceDict`, and stores may write the dict directly too.
    SettableInstanceDict,
    /// The method `value` (a Python function or a built-in method) of
    /// instances of class `owner`, when their dict has no key of that
    /// name.
    Method,
    /// The attribute of the class `owner` itself is `value`, plain data
    /// found on its MRO, and its metaclass is `type` with nothing of that
    /// name.
    ClassValue,
    /// The attribute of a plain instance of class `owner` is `value`,
    /// plain data of the class, while the instance's dict (if it has one)
    /// has no key of that name.
    InstanceClassValue,
    /// The attribute of a plain instance of class `owner` is its slot at
    /// `index` (a member of the class, which has no `__setattr__`).
    Slot,
    /// Reading the attribute of an instance of class `owner` calls the
    /// Python function `value`: a property's getter, or the `__get__` of
    /// a data descriptor of a user class (`descriptor`).
    Getter,
    /// Setting the attribute of an instance of class `owner` calls the
    /// Python function `value`: a property's setter, or the `__set__` of
    /// a descriptor of a user class (`descriptor`).
    Setter,
    /// The static method `value` of instances of class `owner` (or of the
    /// class `owner` itself, read through it), called as it is.
    StaticMethod,
    /// The class method `value` of instances of class `owner` (or of the
    /// class `owner` itself), called with the class first.
    ClassMethod,
    /// The function or static method `value` of the class `owner` itself
    /// (of metaclass `type`), read through the class and called as it is.
    ClassStatic,
    /// The class method `value` of the class `owner` itself (of metaclass
    /// `type`), read through the class and called with it first.
    ClassClassMethod,
    /// The attribute of the module `owner` (of type `module` itself) is at
    /// `index` of its dict while the dict's keys version is `epoch` (the
    /// module type has no attribute of such a name).
    ModuleDict,
}

impl AttrCacheKind {
    /// Whether `LoadMethod` made the entry, for a class read through
    /// itself (`on_class`) or for an instance of the class.
    fn loads_method(self, on_class: bool) -> bool {
        match self {
            AttrCacheKind::ClassStatic | AttrCacheKind::ClassClassMethod => on_class,
            AttrCacheKind::Method | AttrCacheKind::StaticMethod | AttrCacheKind::ClassMethod => {
                !on_class
            }
            _ => false,
        }
    }
}

/// A call of a Python function that reads or stores an attribute: a
/// property's getter or setter, or the `__get__` or `__set__` of a data
/// descriptor of a user class (`descriptor`, `Null` for a property).
#[derive(Clone, Copy)]
struct DescriptorCall {
    function: ObjRef,
    descriptor: Value,
}

/// What the inline cache of a `LoadAttr` or `StoreAttr` says to do.
pub(crate) enum Cached {
    /// The load's value, or the store done.
    Done(Value),
    /// Call the getter or setter that the entry at this position of the
    /// code's cache remembers, in a frame of the loop.
    Call(u32),
    /// The general path must run.
    Miss,
}

/// The entries of one name, the first tried first.
pub type AttrCacheWays = [Cell<AttrCache>; WAYS];

/// One inline cache entry.
#[derive(Clone, Copy, Debug)]
pub struct AttrCache {
    /// The address of the class (`InstanceDict`) or of the class read
    /// through (`ClassValue`).
    owner: usize,
    /// The method cache's epoch when the entry was made.
    epoch: u64,
    kind: AttrCacheKind,
    /// `InstanceDict`: the index in the instance dict.
    index: u32,
    /// `ClassValue` and `Method`: the value; `Getter` and `Setter`: the
    /// function to call.
    value: Value,
    /// `Getter` and `Setter`: the descriptor whose `__get__` or `__set__`
    /// `value` is, or `Null` for a property's getter or setter.
    descriptor: Value,
}

impl AttrCache {
    /// What a `Getter` or `Setter` entry says to call.
    fn descriptor_call(&self) -> Option<DescriptorCall> {
        Some(DescriptorCall {
            function: self.value.as_object()?,
            descriptor: self.descriptor,
        })
    }
}

/// The call that the `Getter` or `Setter` entry at `position` of the
/// cache of `code` remembers.
fn descriptor_call_at(code: &Code, position: u32) -> Option<DescriptorCall> {
    let position = position as usize;
    code.attr_cache.get(position / WAYS)?[position % WAYS]
        .get()
        .descriptor_call()
}

impl Cached {
    /// A store done (`true`) or a miss.
    fn stored(done: bool) -> Cached {
        if done {
            Cached::Done(Value::None)
        } else {
            Cached::Miss
        }
    }
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache {
            owner: 0,
            epoch: 0,
            kind: AttrCacheKind::Empty,
            index: 0,
            value: Value::Null,
            descriptor: Value::Null,
        }
    }
}

/// The value of entry `index` of the dict `dict` if its key is `name`
/// itself.
#[inline]
fn dict_value_if_key(dict: ObjRef, index: u32, name: ObjRef) -> Option<Value> {
    dict.as_dict()?
        .borrow()
        .value_at_if_key(index as usize, name)
}

/// The slot at `index` of a plain instance.
#[inline]
fn slot_at(object: &ObjRef, index: u32) -> Option<&Cell<Value>> {
    match &object.payload {
        Payload::Instance(Some(slots)) => slots.get(index as usize),
        _ => None,
    }
}

/// How many entries each name has.
pub const WAYS: usize = 4;

/// The entries of name `name_index`.
#[inline]
fn entries(code: &Code, name_index: usize) -> &AttrCacheWays {
    &code.attr_cache[name_index]
}

/// The entries of name `name_index` made in the method cache's `epoch`
/// (the others are stale).
#[inline]
fn live_entries(
    code: &Code,
    name_index: usize,
    epoch: u64,
) -> impl Iterator<Item = AttrCache> + '_ {
    entries(code, name_index)
        .iter()
        .map(Cell::get)
        .filter(move |entry| entry.epoch == epoch)
}

/// Remembers `entry` for name `name_index`: in the entry that already
/// remembers the same kind of thing for the same owner (a load and a
/// store of one attribute keep an entry each), else in a stale one, else
/// in the first, the older ones moving down and the oldest dropped.
fn remember(code: &Code, name_index: usize, entry: AttrCache) {
    let ways = entries(code, name_index);
    let same = |way: &&Cell<AttrCache>| {
        let way = way.get();
        way.owner == entry.owner
            && std::mem::discriminant(&way.kind) == std::mem::discriminant(&entry.kind)
    };
    let stale = |way: &&Cell<AttrCache>| way.get().epoch != entry.epoch;
    if let Some(way) = ways.iter().find(same).or_else(|| ways.iter().find(stale)) {
        way.set(entry);
        return;
    }
    for way in (1..WAYS).rev() {
        ways[way].set(ways[way - 1].get());
    }
    ways[0].set(entry);
}

impl Vm {
    /// `object.<name>` through the cache entries of name `name_index`: its
    /// value, or the getter to call for it, or a miss when the general
    /// lookup must run. Fills the entry on a miss it can answer.
    #[inline]
    pub(crate) fn load_attr_cached(
        &mut self,
        code: &Code,
        name_index: usize,
        object: Value,
    ) -> Cached {
        let Value::Obj(object) = object else {
            return Cached::Miss;
        };
        if let Some(cached) = self.cached_attr(code, name_index, object) {
            return cached;
        }
        match self.fill_load_cache(code, name_index, object) {
            Some(value) => Cached::Done(value),
            None => Cached::Miss,
        }
    }

    /// What the cache entries of name `name_index` say of `object.<name>`:
    /// its value, the getter to call for it, or a miss for the general
    /// lookup; `None` when no entry covers `object`, and the general
    /// lookup may fill one. Only reads the cache, so a `LoadAttr` fused
    /// with the instruction before it shares it (see `interp::local_attr`).
    #[inline(always)]
    pub(crate) fn cached_attr(
        &self,
        code: &Code,
        name_index: usize,
        object: ObjRef,
    ) -> Option<Cached> {
        let (epoch, class) = (self.type_cache.epoch(), object.class().address());
        for (way, entry) in entries(code, name_index).iter().enumerate() {
            let entry = entry.get();
            if entry.epoch != epoch {
                continue;
            }
            // Entries for instances of a class are owned by the class;
            // those for a class read through itself, by that class.
            if entry.owner != class {
                if entry.owner == object.address() && entry.kind == AttrCacheKind::ClassValue {
                    return Some(Cached::Done(entry.value));
                }
                continue;
            }
            match entry.kind {
                AttrCacheKind::InstanceDict | AttrCacheKind::SettableInstanceDict => {
                    let Some(dict) = object.dict() else {
                        return Some(Cached::Miss);
                    };
                    if let Some(value) =
                        dict_value_if_key(dict, entry.index, code.names[name_index])
                    {
                        return Some(Cached::Done(value));
                    }
                }
                AttrCacheKind::Slot => {
                    return Some(match slot_at(&object, entry.index).map(Cell::get) {
                        Some(value) if !value.is_null() => Cached::Done(value),
                        _ => Cached::Miss,
                    });
                }
                AttrCacheKind::Getter => {
                    return Some(Cached::Call((name_index * WAYS + way) as u32));
                }
                _ => {}
            }
        }
        None
    }

    /// The general lookup for the cases the cache covers, filling the
    /// entry when the result is cacheable. A class's plain data read
    /// through an instance is answered from its entry here, out of the
    /// interpreter loop: checked in [`Vm::cached_attr`], inlined there, it
    /// made every other instruction slower.
    #[inline(never)]
    fn fill_load_cache(&mut self, code: &Code, name_index: usize, object: ObjRef) -> Option<Value> {
        let name = code.names[name_index];
        let owner = object.class().address();
        let class_value = live_entries(code, name_index, self.type_cache.epoch())
            .find(|entry| entry.owner == owner && entry.kind == AttrCacheKind::InstanceClassValue);
        if let Some(entry) = class_value {
            if !self.shadowed(object, name) {
                return Some(entry.value);
            }
        }
        if is_special_name(name) || self.overrides_getattribute(object) {
            return None;
        }
        match &object.payload {
            Payload::Instance(_) => {
                let class = object.class();
                let class_attr = self.lookup_type(class, name);
                if let Some(index) = class_attr.and_then(|attr| self.slot_index(object, attr)) {
                    let value = slot_at(&object, index)?.get();
                    self.remember_slot(code, name_index, object, index);
                    return (!value.is_null()).then_some(value);
                }
                if class_attr.is_some_and(|attr| !is_plain_data(attr)) {
                    return None;
                }
                let found = object
                    .dict()
                    .and_then(|dict| Some((dict, self.dict_index_str(dict, name)?)));
                let Some((dict, index)) = found else {
                    let value = class_attr?;
                    self.remember_class_value(code, name_index, class, value);
                    return Some(value);
                };
                let kind = if self.stores_go_to_dict(class) {
                    AttrCacheKind::SettableInstanceDict
                } else {
                    AttrCacheKind::InstanceDict
                };
                remember(
                    code,
                    name_index,
                    AttrCache {
                        owner: class.address(),
                        epoch: self.type_cache.epoch(),
                        kind,
                        index: index as u32,
                        value: Value::Null,
                        descriptor: Value::Null,
                    },
                );
                let table = dict.as_dict()?.borrow();
                table.value_at(index)
            }
            Payload::Type(_) if object.class() == self.types.type_ => {
                let metatype = self.types.type_;
                if self.lookup_type(metatype, name).is_some() {
                    return None;
                }
                let value = self.lookup_type(object, name)?;
                if !is_plain_data(value) {
                    return None;
                }
                remember(
                    code,
                    name_index,
                    AttrCache {
                        owner: object.address(),
                        epoch: self.type_cache.epoch(),
                        kind: AttrCacheKind::ClassValue,
                        index: 0,
                        value,
                        descriptor: Value::Null,
                    },
                );
                Some(value)
            }
            _ => None,
        }
    }

    /// Whether the dict of `object` may have the key `name`, which would
    /// win over a class's plain data of that name.
    fn shadowed(&self, object: ObjRef, name: ObjRef) -> bool {
        object.dict().is_some_and(|dict| {
            let hash = self.str_hash(name);
            dict.as_dict()
                .is_none_or(|table| table.borrow().has_hash(hash))
        })
    }

    /// Remembers that instances of `class` read the attribute
    /// `name_index` as the class's plain data `value`, while their dict
    /// has no key of that name.
    fn remember_class_value(&self, code: &Code, name_index: usize, class: ObjRef, value: Value) {
        remember(
            code,
            name_index,
            AttrCache {
                owner: class.address(),
                epoch: self.type_cache.epoch(),
                kind: AttrCacheKind::InstanceClassValue,
                index: 0,
                value,
                descriptor: Value::Null,
            },
        );
    }

    /// `LoadMethod` of `name_index` through the cache: the two values it
    /// leaves on the stack. They are a function and the object to call it
    /// with first (`obj.method()`, `text.split()`), `Null` and a static
    /// method or a function read through its class (`Account.fee(…)`),
    /// or a class method and the class (`Account.opened(…)`). `None`
    /// sends the caller to [`Vm::load_method`].
    #[inline]
    pub(crate) fn load_method_cached(
        &mut self,
        code: &Code,
        name_index: usize,
        object: Value,
    ) -> Option<(Value, Value)> {
        let object = match object {
            Value::Obj(object) => object,
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                return self.immediate_method_cached(code, name_index, object);
            }
            _ => return None,
        };
        // `super` objects look elsewhere; a module's functions are in its
        // own namespace, not on its type.
        if matches!(object.payload, Payload::Super(_) | Payload::Module(_)) {
            return None;
        }
        let class = object.class();
        let on_class = matches!(object.payload, Payload::Type(_));
        let owner = if on_class { object } else { class };
        let epoch = self.type_cache.epoch();
        let entry = live_entries(code, name_index, epoch)
            .find(|entry| entry.owner == owner.address() && entry.kind.loads_method(on_class));
        let entry = match entry {
            Some(entry) => entry,
            None => self.fill_method_cache(code, name_index, object, owner)?,
        };
        let pair = match entry.kind {
            AttrCacheKind::ClassStatic => return Some((Value::Null, entry.value)),
            AttrCacheKind::ClassClassMethod => return Some((entry.value, Value::Obj(object))),
            AttrCacheKind::Method => (entry.value, Value::Obj(object)),
            AttrCacheKind::StaticMethod => (Value::Null, entry.value),
            _ => (entry.value, Value::Obj(class)),
        };
        // An instance attribute of the same name would win.
        if let Some(dict) = object.dict() {
            let hash = self.str_hash(code.names[name_index]);
            let table = dict.as_dict()?.borrow();
            if table.has_hash(hash) {
                return None;
            }
        }
        Some(pair)
    }

    /// [`Vm::load_method_cached`] for an int, float or bool held in the
    /// value itself (`n.bit_length()`): a method of its built-in type,
    /// whose attributes never change, bound to it.
    #[inline(never)]
    fn immediate_method_cached(
        &mut self,
        code: &Code,
        name_index: usize,
        value: Value,
    ) -> Option<(Value, Value)> {
        let class = self.type_of(value);
        let epoch = self.type_cache.epoch();
        let cached = live_entries(code, name_index, epoch)
            .find(|entry| entry.owner == class.address() && entry.kind == AttrCacheKind::Method);
        if let Some(entry) = cached {
            return Some((entry.value, value));
        }
        let method = self.lookup_type(class, code.names[name_index])?;
        if !is_plain_method(method) {
            return None;
        }
        remember(
            code,
            name_index,
            AttrCache {
                owner: class.address(),
                epoch,
                kind: AttrCacheKind::Method,
                index: 0,
                value: method,
                descriptor: Value::Null,
            },
        );
        Some((method, value))
    }

    /// The general lookup for what [`Vm::load_method_cached`] covers,
    /// remembered: a Python function or built-in method, a static method
    /// or a class method on the class of `object`, or a function, static
    /// method or class method of the class `object` itself (whose
    /// metaclass is `type`, with nothing of that name).
    #[inline(never)]
    fn fill_method_cache(
        &mut self,
        code: &Code,
        name_index: usize,
        object: ObjRef,
        owner: ObjRef,
    ) -> Option<AttrCache> {
        let name = code.names[name_index];
        let on_class = owner == object;
        if on_class {
            let metatype = self.types.type_;
            if object.class() != metatype || self.lookup_type(metatype, name).is_some() {
                return None;
            }
        } else if self.overrides_getattribute(object) {
            return None;
        }
        let attr = self.lookup_type(owner, name)?;
        // A subclass of `classmethod` or `staticmethod` may bind its own
        // way, and a class method of a descriptor binds through it.
        if self.user_class(attr.as_object()?).is_some() {
            return None;
        }
        if let Payload::ClassMethod(function) = attr.payload()? {
            if !matches!(function.payload(), Some(Payload::Function(_))) {
                return None;
            }
        }
        let (kind, value) = match (attr.payload()?, on_class) {
            (Payload::Function(_), true) => (AttrCacheKind::ClassStatic, attr),
            (Payload::StaticMethod(function), true) => (AttrCacheKind::ClassStatic, *function),
            (Payload::ClassMethod(function), true) => (AttrCacheKind::ClassClassMethod, *function),
            (_, false) if is_plain_method(attr) => (AttrCacheKind::Method, attr),
            (Payload::StaticMethod(function), false) => (AttrCacheKind::StaticMethod, *function),
            (Payload::ClassMethod(function), false) => (AttrCacheKind::ClassMethod, *function),
            _ => return None,
        };
        let entry = AttrCache {
            owner: owner.address(),
            epoch: self.type_cache.epoch(),
            kind,
            index: 0,
            value,
            descriptor: Value::Null,
        };
        remember(code, name_index, entry);
        Some(entry)
    }

    /// Reads the attribute `name_index` of `object`, on top of the stack,
    /// by pushing the frame of the Python function that computes it: a
    /// property's getter (given the instance), or a data descriptor's
    /// `__get__` (given the descriptor, the instance and its class). Its
    /// result replaces the object. Returns whether it did.
    pub(crate) fn push_descriptor_getter(
        &mut self,
        code: &Code,
        name_index: usize,
        object: Value,
    ) -> PyResult<bool> {
        match self.descriptor_function(code, name_index, object, AttrCacheKind::Getter) {
            Some(call) => self.push_getter_frame(call, object),
            None => Ok(false),
        }
    }

    /// [`Vm::push_descriptor_getter`] of the getter that the entry at
    /// `position` of the cache of `code` remembers (a `Cached::Call` of
    /// [`Vm::load_attr_cached`]).
    pub(crate) fn push_cached_getter(
        &mut self,
        code: &Code,
        position: u32,
        object: Value,
    ) -> PyResult<bool> {
        match descriptor_call_at(code, position) {
            Some(call) => self.push_getter_frame(call, object),
            None => Ok(false),
        }
    }

    /// Pushes the frame of the getter `call` of the attribute of `object`,
    /// on top of the stack.
    fn push_getter_frame(&mut self, call: DescriptorCall, object: Value) -> PyResult<bool> {
        let DescriptorCall {
            function,
            descriptor,
        } = call;
        let Payload::Function(function) = &function.payload else {
            return Ok(false);
        };
        let top = self.stack.len() - 1;
        if descriptor.is_null() {
            return self.push_simple_frame(function, top, 1, top);
        }
        let class = Value::Obj(self.type_of(object));
        self.stack[top] = descriptor;
        self.stack.extend([object, class]);
        if self.push_simple_frame(function, top, 3, top)? {
            return Ok(true);
        }
        self.stack.truncate(top);
        self.stack.push(object);
        Ok(false)
    }

    /// Sets the attribute `name_index` of `object` to `value`, the two on
    /// top of the stack (`object` last), by pushing the frame of the
    /// Python function that stores it: a property's setter (given the
    /// instance and the value), or a descriptor's `__set__` (given the
    /// descriptor too, first). Its result is dropped, and the two values
    /// with it. Returns whether it did.
    pub(crate) fn push_descriptor_setter(
        &mut self,
        code: &Code,
        name_index: usize,
        object: Value,
        value: Value,
    ) -> PyResult<bool> {
        match self.descriptor_function(code, name_index, object, AttrCacheKind::Setter) {
            Some(call) => self.push_setter_frame(call, object, value),
            None => Ok(false),
        }
    }

    /// [`Vm::push_descriptor_setter`] of the setter that the entry at
    /// `position` of the cache of `code` remembers (a `Cached::Call` of
    /// [`Vm::store_attr_cached`]).
    pub(crate) fn push_cached_setter(
        &mut self,
        code: &Code,
        position: u32,
        object: Value,
        value: Value,
    ) -> PyResult<bool> {
        match descriptor_call_at(code, position) {
            Some(call) => self.push_setter_frame(call, object, value),
            None => Ok(false),
        }
    }

    /// Pushes the frame of the setter `call` storing `value` in the
    /// attribute of `object`, the two on top of the stack (`object`
    /// last).
    fn push_setter_frame(
        &mut self,
        call: DescriptorCall,
        object: Value,
        value: Value,
    ) -> PyResult<bool> {
        let DescriptorCall {
            function,
            descriptor,
        } = call;
        let Payload::Function(function) = &function.payload else {
            return Ok(false);
        };
        let base = self.stack.len() - 2;
        let pushed = if descriptor.is_null() {
            self.stack[base] = object;
            self.stack[base + 1] = value;
            self.push_simple_frame(function, base, 2, base)?
        } else {
            self.stack[base] = descriptor;
            self.stack[base + 1] = object;
            self.stack.push(value);
            self.push_simple_frame(function, base, 3, base)?
        };
        if pushed {
            self.frames
                .last_mut()
                .expect("just pushed")
                .set_returns(Returns::Discard);
            return Ok(true);
        }
        self.stack.truncate(base);
        self.stack.extend([value, object]);
        Ok(false)
    }

    /// The Python function (and the descriptor, `Null` for a property)
    /// that a read (`Getter`) or a store (`Setter`) of the attribute
    /// `name_index` of `object` calls, through the cache.
    fn descriptor_function(
        &mut self,
        code: &Code,
        name_index: usize,
        object: Value,
        kind: AttrCacheKind,
    ) -> Option<DescriptorCall> {
        let Value::Obj(object) = object else {
            return None;
        };
        let owner = object.class().address();
        let epoch = self.type_cache.epoch();
        let entry = live_entries(code, name_index, epoch)
            .find(|entry| entry.kind == kind && entry.owner == owner);
        let entry = match entry {
            Some(entry) => entry,
            None => self.fill_descriptor_cache(code, name_index, object, kind)?,
        };
        entry.descriptor_call()
    }

    /// The general lookup for [`Vm::descriptor_function`], remembered: a
    /// property, or a descriptor of a user class, of the user class of
    /// `object`, whose getter or setter is a Python function. A getter
    /// needs a data descriptor (an instance attribute would win over
    /// another) and a class without `__getattr__` (which an
    /// `AttributeError` from the getter falls back to); a setter, a class
    /// without `__setattr__`.
    #[inline(never)]
    fn fill_descriptor_cache(
        &mut self,
        code: &Code,
        name_index: usize,
        object: ObjRef,
        kind: AttrCacheKind,
    ) -> Option<AttrCache> {
        let name = code.names[name_index];
        let class = self.user_class(object)?;
        if is_special_name(name) {
            return None;
        }
        let getter = kind == AttrCacheKind::Getter;
        let intercepted = if getter {
            self.overrides_getattribute(object) || self.has_getattr_hook(Value::Obj(object))
        } else {
            let hook = self.names.__setattr__;
            self.lookup_user(class, hook).is_some()
        };
        if intercepted {
            return None;
        }
        let attr = self.lookup_type(class, name)?;
        // A subclass of `property` may override its `__get__` or
        // `__set__`: it goes the way of other user descriptors.
        let builtin_property = self.user_class(attr.as_object()?).is_none();
        let (function, descriptor) = match attr.payload()? {
            Payload::Property(property) if getter && builtin_property => {
                (property.fget.get(), Value::Null)
            }
            Payload::Property(property) if builtin_property => (property.fset.get(), Value::Null),
            _ => {
                let descriptor_class = self.user_class(attr.as_object()?)?;
                let (get, set) = (self.names.__get__, self.names.__set__);
                let set = self.lookup_user(descriptor_class, set);
                let function = if getter {
                    let delete = self.intern("__delete__");
                    if set.is_none() && self.lookup_user(descriptor_class, delete).is_none() {
                        return None;
                    }
                    self.lookup_user(descriptor_class, get)?
                } else {
                    set?
                };
                (function, attr)
            }
        };
        if !matches!(function.payload(), Some(Payload::Function(_))) {
            return None;
        }
        let entry = AttrCache {
            owner: class.address(),
            epoch: self.type_cache.epoch(),
            kind,
            index: 0,
            value: function,
            descriptor,
        };
        remember(code, name_index, entry);
        Some(entry)
    }

    /// Sets the attribute `name` of a plain instance of a user class when
    /// nothing intercepts it (no `__setattr__` or `__slots__`, no
    /// descriptor on the class, a name that is not special): the index of
    /// its entry in the instance dict, or `None` when the general path
    /// must set it.
    fn set_instance_attr(&mut self, object: ObjRef, name: ObjRef, new: Value) -> Option<usize> {
        if !matches!(object.payload, Payload::Instance(_)) || is_special_name(name) {
            return None;
        }
        let class = object.class();
        if !self.stores_go_to_dict(class) {
            return None;
        }
        if self
            .lookup_type(class, name)
            .is_some_and(|attr| !is_plain_data(attr))
        {
            return None;
        }
        // A new instance's dict is made here (`object()` itself has none).
        if object.dict().is_none() && !self.has_instance_dict(object) {
            return None;
        }
        let dict = self.instance_dict(object);
        Some(self.dict_set_str(dict, name, new))
    }

    /// Whether setting an attribute of an instance of `class` writes its
    /// dict with nothing in between (no `__setattr__`, no `__slots__`).
    pub(crate) fn stores_go_to_dict(&mut self, class: ObjRef) -> bool {
        let (hook, slots) = (self.names.__setattr__, self.names.__slots__);
        self.lookup_user(class, hook).is_none() && self.lookup_user(class, slots).is_none()
    }

    /// `object.<name> = value` through the cache entry of name
    /// `name_index`: stored, or the setter to call, or a miss that sends
    /// the caller to the general path.
    #[inline]
    pub(crate) fn store_attr_cached(
        &mut self,
        code: &Code,
        name_index: usize,
        object: Value,
        value: Value,
    ) -> Cached {
        let Value::Obj(object) = object else {
            return Cached::Miss;
        };
        let name = code.names[name_index];
        let class = object.class().address();
        let epoch = self.type_cache.epoch();
        for (way, entry) in entries(code, name_index).iter().enumerate() {
            let entry = entry.get();
            if entry.epoch != epoch || entry.owner != class {
                continue;
            }
            if entry.kind == AttrCacheKind::Slot {
                if let Some(slot) = slot_at(&object, entry.index) {
                    slot.set(value);
                    return Cached::Done(Value::None);
                }
                break;
            }
            if entry.kind == AttrCacheKind::Setter {
                return Cached::Call((name_index * WAYS + way) as u32);
            }
            if entry.kind != AttrCacheKind::SettableInstanceDict {
                continue;
            }
            let Some(dict) = object.dict() else {
                // A new instance: the entry says stores of the name on its
                // class go to its dict, which is made for it.
                return Cached::stored(
                    self.store_attr_and_remember(code, name_index, object, value, true),
                );
            };
            let Some(table) = dict.as_dict() else {
                break;
            };
            if table
                .borrow_mut()
                .set_value_if_key(entry.index as usize, name, value)
            {
                return Cached::Done(Value::None);
            }
            // Elsewhere in this instance's dict, or not in it yet.
            return Cached::stored(
                self.store_attr_and_remember(code, name_index, object, value, true),
            );
        }
        Cached::stored(self.store_attr_and_remember(code, name_index, object, value, false))
    }

    /// The index of the slot `attr` (a class attribute of a plain
    /// instance's class) stands for, when it is a member and the instance
    /// keeps its slots in its payload.
    fn slot_index(&self, object: ObjRef, attr: Value) -> Option<u32> {
        let Some(Payload::Member(member)) = attr.payload() else {
            return None;
        };
        slot_at(&object, member.index as u32)?;
        Some(member.index as u32)
    }

    /// Remembers that name `name_index` of instances of `object`'s class
    /// is their slot at `index`.
    fn remember_slot(&mut self, code: &Code, name_index: usize, object: ObjRef, index: u32) {
        let entry = AttrCache {
            owner: object.class().address(),
            epoch: self.type_cache.epoch(),
            kind: AttrCacheKind::Slot,
            index,
            value: Value::Null,
            descriptor: Value::Null,
        };
        remember(code, name_index, entry);
    }

    /// [`Vm::store_attr_cached`] when the name is not where the cache
    /// entry says: stored in the instance's dict (made if the instance is
    /// new) when an entry for its class says stores of the name go there
    /// (`settable`), or when the general checks say so; then remembered.
    #[inline(never)]
    fn store_attr_and_remember(
        &mut self,
        code: &Code,
        name_index: usize,
        object: ObjRef,
        value: Value,
        settable: bool,
    ) -> bool {
        let name = code.names[name_index];
        let hook = self.names.__setattr__;
        if let Some(index) = self.lookup_type(object.class(), name).and_then(|attr| {
            let unhooked = self.lookup_user(object.class(), hook).is_none();
            unhooked.then(|| self.slot_index(object, attr)).flatten()
        }) {
            let Some(slot) = slot_at(&object, index) else {
                return false;
            };
            slot.set(value);
            self.remember_slot(code, name_index, object, index);
            return true;
        }
        let stored = if settable && matches!(object.payload, Payload::Instance(_)) {
            let dict = self.instance_dict(object);
            Some(self.dict_set_str(dict, name, value))
        } else {
            self.set_instance_attr(object, name, value)
        };
        let Some(index) = stored else {
            return false;
        };
        note_instance_attributes(object.class(), index + 1);
        // Stored: remember where, for the next store or load.
        remember(
            code,
            name_index,
            AttrCache {
                owner: object.class().address(),
                epoch: self.type_cache.epoch(),
                kind: AttrCacheKind::SettableInstanceDict,
                index: index as u32,
                value: Value::Null,
                descriptor: Value::Null,
            },
        );
        true
    }

    /// `module.<name>` (a load or a method load) of name `name_index`
    /// through its cache entry, for a module of type `module` itself and
    /// a name that is no dunder (the module type has none other): found
    /// in the module's dict, whose keys version the entry remembers.
    /// `None` sends the caller to the general path.
    pub(crate) fn module_attr_cached(
        &mut self,
        code: &Code,
        name_index: usize,
        object: Value,
    ) -> Option<Value> {
        let Value::Obj(module) = object else {
            return None;
        };
        if !matches!(module.payload, Payload::Module(_)) || module.class() != self.types.module {
            return None;
        }
        let dict = module.dict()?;
        let name = code.names[name_index];
        let version = dict.as_dict()?.borrow().keys_version();
        // A module entry's epoch is the dict's keys version.
        for entry in live_entries(code, name_index, version) {
            if entry.kind == AttrCacheKind::ModuleDict && entry.owner == module.address() {
                if let Some(value) = dict_value_if_key(dict, entry.index, name) {
                    return Some(value);
                }
            }
        }
        if is_special_name(name) {
            return None;
        }
        let index = self.dict_index_str(dict, name)?;
        remember(
            code,
            name_index,
            AttrCache {
                owner: module.address(),
                epoch: version,
                kind: AttrCacheKind::ModuleDict,
                index: index as u32,
                value: Value::Null,
                descriptor: Value::Null,
            },
        );
        dict.as_dict()
            .and_then(|table| table.borrow().value_at(index))
    }
}
