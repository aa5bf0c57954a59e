//! Module data; a module's namespace is the module object's dict.

use pyvm_heap::Tracer;

use crate::object::Object;

/// What a module object holds besides its namespace.
pub struct ModuleData {
    /// The name it was made with.
    pub name: String,
}

impl ModuleData {
    /// Marks nothing: the namespace is the object's dict.
    pub fn trace(&self, _tracer: &mut Tracer<Object>) {}
}
