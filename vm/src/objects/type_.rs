//! `type` data: a class's name, bases, method resolution order and what
//! its instances are made of. Its attributes are the type object's dict.

use std::cell::{Cell, RefCell};

use pyvm_heap::Tracer;

use crate::object::Object;
use crate::objects::struct_seq::StructSeqFields;
use crate::value::{ObjRef, Value};

/// Which built-in payload a type's instances carry: the layout of the
/// built-in type it derives from (CPython's "solid base").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain objects ([`crate::object::Payload::Instance`]).
    Object,
    /// Types (`type` and metaclasses).
    Type,
    /// Exceptions.
    Exception,
    /// Built-in types that cannot be subclassed or instantiated by
    /// calling them generically (their constructors are their own).
    Builtin,
}

/// The data of a type object.
pub struct TypeData {
    /// `__name__`
    pub name: RefCell<String>,
    /// `__qualname__`
    pub qualname: RefCell<String>,
    /// `__bases__`
    pub bases: RefCell<Vec<ObjRef>>,
    /// `__base__`: the base whose instances' layout its instances extend
    /// (CPython's `tp_base`, chosen by `best_base`); `None` for `object`.
    pub base: Cell<Option<ObjRef>>,
    /// `__mro__`: the type, then its bases in C3 order.
    pub mro: RefCell<Vec<ObjRef>>,
    /// What its instances are made of.
    pub layout: Layout,
    /// Whether classes may derive from it (CPython's `Py_TPFLAGS_BASETYPE`).
    pub subclassable: bool,
    /// Whether it was made by a class statement or `type(...)` (CPython's
    /// heap types), whose attributes may be set.
    pub is_user_class: bool,
    /// The names its `__slots__` declares, if it has `__slots__`: its
    /// instances then get no `__dict__` (unless a base gives them one)
    /// and only these attributes.
    pub slots: Option<Box<[String]>>,
    /// How many slot values its instances have: its own slots' members
    /// and its bases' (see [`crate::objects::member`]).
    pub slot_count: Cell<usize>,
    /// Whether a class of its MRO defined `__del__`: its instances are
    /// finalized before they are freed.
    pub has_finalizer: Cell<bool>,
    /// `__new__` was set or deleted on it or a base, or its `__base__`
    /// had this when it was made. CPython's `tp_new` then stays
    /// `slot_tp_new` even where `object.__new__` is found again, so
    /// `object.__new__` given extra arguments says it takes exactly one
    /// (the class no longer has `object`'s own `__new__`).
    pub new_slot_kept: Cell<bool>,
    /// `__subclasses__()`: the classes made with it among their bases, in
    /// the order they were made. Weak, as CPython's `tp_subclasses`: not
    /// traced, and pruned of freed classes by each collection
    /// ([`TypeData::clear_dead_subclasses`]).
    pub subclasses: RefCell<Vec<ObjRef>>,
    /// What its fields are, if it is a struct sequence type
    /// (`sys.version_info`).
    pub struct_seq: Option<&'static StructSeqFields>,
    /// Bumped whenever an attribute of the type or of one of its bases
    /// changes, for attribute caches.
    pub version: Cell<u32>,
    /// The most attributes an instance's dict has held so far: a new
    /// instance's dict starts with room for that many, not grown one
    /// attribute at a time in `__init__`.
    pub instance_attributes: Cell<u32>,
    /// What calling the class does, as last looked up (see
    /// [`Construction`]).
    pub construction: Cell<Construction>,
}

/// What a call of a class with no metaclass of its own does, remembered
/// for the method cache's epoch in which it was looked up: while that
/// epoch lasts no attribute of any type changed and no collection ran,
/// so `init` is still the function the class's MRO holds.
#[derive(Clone, Copy)]
pub struct Construction {
    /// The method cache's epoch of the lookup; 0 for none.
    pub epoch: u64,
    /// Whether a plain instance is made (no user class of the MRO defines
    /// `__new__`, and none ever had one set: see
    /// [`TypeData::new_slot_kept`]).
    pub plain_new: bool,
    /// The `__init__` a user class of the MRO defines, or
    /// [`Value::Null`].
    pub init: Value,
}

impl Construction {
    /// Nothing remembered.
    pub const UNKNOWN: Construction = Construction {
        epoch: 0,
        plain_new: false,
        init: Value::Null,
    };
}

/// Runs `change` on the data of `class` and of every class made with it
/// among its bases, and theirs in turn.
pub fn for_class_and_subclasses(class: ObjRef, change: impl Fn(&TypeData)) {
    let mut pending = vec![class];
    while let Some(class) = pending.pop() {
        if let Some(data) = class.as_type() {
            change(data);
            pending.extend(data.subclasses.borrow().iter().copied());
        }
    }
}

impl TypeData {
    /// Marks the types it refers to.
    pub fn trace(&self, tracer: &mut Tracer<Object>) {
        for &base in self.bases.borrow().iter() {
            tracer.mark(base);
        }
        if let Some(base) = self.base.get() {
            tracer.mark(base);
        }
        for &class in self.mro.borrow().iter() {
            tracer.mark(class);
        }
    }

    /// Forgets the subclasses the collection under way will free.
    pub fn clear_dead_subclasses(&self, reached: &dyn Fn(ObjRef) -> bool) {
        self.subclasses.borrow_mut().retain(|&class| reached(class));
    }
}
