//! Finalizers (PEP 442): a class's `__del__`, and `close()` of a suspended
//! generator or coroutine, run once before the object is freed.
//!
//! pyvm frees objects only when it collects, so a finalizer runs at the
//! collection after its object became unreachable, not at the moment the
//! last reference went as in CPython; `gc.collect()` runs the due ones at
//! once. The collection keeps such objects (and all they reach) alive,
//! and the VM runs their finalizers right after it; an object a finalizer
//! made reachable again lives on, and is freed without its finalizer the
//! next time it is unreachable. At exit, the objects not freed yet are
//! finalized in the order CPython's shutdown reaches them.

use pyvm_heap::Trace;

use crate::object::Payload;
use crate::objects::type_::for_class_and_subclasses;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, Vm};

impl Vm {
    /// Runs the finalizers the collections found due, oldest first. A
    /// collection during one queues what it finds for this loop.
    pub(crate) fn run_finalizers(&mut self) {
        if self.gc.finalizing {
            return;
        }
        self.gc.finalizing = true;
        while let Some(object) = self.pending_finalizers.pop_front() {
            let mark = self.root(Value::Obj(object));
            self.finalize(object);
            self.release_roots(mark);
        }
        self.gc.finalizing = false;
    }

    /// Runs `object`'s finalizer; what it raises is printed, as CPython
    /// prints an exception it cannot raise.
    fn finalize(&mut self, object: ObjRef) {
        if let Payload::Generator(generator) = &object.payload {
            // An async generator is handed to the finalizer hook its
            // event loop set (which schedules its `aclose()`).
            let hook = generator.borrow().finalizer.get();
            let result = if hook.is_none() {
                self.close_generator(object)
            } else {
                self.call_function(hook, &[Value::Obj(object)]).map(drop)
            };
            if let Err(error) = result {
                self.report_unraisable(error, Value::Obj(object));
            }
            return;
        }
        let name = self.names.__del__;
        let Some(method) = self.lookup_user(object.class(), name) else {
            return;
        };
        if let Err(error) = self.call_method_value(method, Value::Obj(object), &[]) {
            self.report_unraisable(error, method);
        }
    }

    /// Prints an exception raised where nothing can catch it (a finalizer,
    /// a weak reference's callback): "Exception ignored in: " and the repr
    /// of `source`, then the traceback.
    pub(crate) fn report_unraisable(&mut self, error: PyErr, source: Value) {
        let raised = self.root(Value::Obj(error.exception));
        let shown = self
            .repr_string(source)
            .unwrap_or_else(|_| "<object repr() failed>".to_owned());
        let text = self.format_exception(error.exception);
        self.release_roots(raised);
        self.stdout.flush();
        eprint!("Exception ignored in: {shown}\n{text}");
    }

    /// A class now defines `__del__` (its body did, or it was set on it):
    /// its instances and its subclasses' get finalized.
    pub(crate) fn note_finalizer(&mut self, class: ObjRef) {
        for_class_and_subclasses(class, |data| data.has_finalizer.set(true));
        self.heap.scan_all_for_finalizers();
    }

    /// At exit: finalizes what a collection finds unreachable, then the
    /// objects `__main__`'s globals hold, in the order of its dict (as
    /// CPython's shutdown frees them), then every other object with a
    /// finalizer that has not run, oldest first.
    pub(crate) fn finalize_at_exit(&mut self) {
        self.collect_garbage();
        let mut globals = Vec::new();
        if let Some(dict) = self.main_module.and_then(|main| main.dict()) {
            if let Some(table) = dict.as_dict() {
                let table = table.borrow();
                globals.extend(table.iter().filter_map(|(_, value)| value.as_object()));
            }
        }
        // An object met twice is claimed the first time only.
        let everything: Vec<ObjRef> = self.heap.objects().collect();
        for object in globals.into_iter().chain(everything) {
            if object.has_finalizer() && self.heap.claim_finalizer(object) {
                self.pending_finalizers.push_back(object);
            }
        }
        self.run_finalizers();
    }
}
