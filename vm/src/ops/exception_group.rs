//! Exception groups (PEP 654): making `BaseExceptionGroup` and
//! `ExceptionGroup` objects, `split`, `subgroup` and `derive`, and what
//! `except*` does with them (CPython 3.11's `CHECK_EG_MATCH` and
//! `PREP_RERAISE_STAR`).

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::{type_name_of, PyResult, Vm};

/// What `split` and `subgroup` match leaves (and whole groups) with.
enum Condition {
    /// A type or a tuple of types: an instance matches.
    Types(Value),
    /// A callable: what it returns, as a bool.
    Predicate(Value),
    /// These very objects (for `except*`'s re-raise).
    Identity(Vec<ObjRef>),
}

/// The sub-exceptions of an exception group (a tuple, kept in `extra`).
fn sub_exceptions(group: ObjRef) -> Vec<ObjRef> {
    let Some(data) = group.as_exception() else {
        return Vec::new();
    };
    data.extra
        .get()
        .object()
        .and_then(|t| t.as_tuple().map(<[Value]>::to_vec))
        .unwrap_or_default()
        .into_iter()
        .filter_map(|v| v.as_object())
        .collect()
}

impl Vm {
    /// Whether `value` is an exception group.
    pub(crate) fn is_exception_group(&self, value: Value) -> bool {
        self.is_exception(value, ExceptionClass::BaseExceptionGroup)
    }

    /// `class(message, exceptions)` for a subclass of
    /// `BaseExceptionGroup`: the arguments checked, and the class to make
    /// (`BaseExceptionGroup` of nothing but `Exception`s makes an
    /// `ExceptionGroup`), with the sub-exceptions as a tuple.
    pub(crate) fn exception_group_new(
        &mut self,
        class: ObjRef,
        args: &Args<'_>,
    ) -> PyResult<(ObjRef, Value)> {
        let [message, exceptions] = args.positional else {
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                args.positional.len()
            )));
        };
        if !matches!(message.payload(), Some(Payload::Str(_))) {
            // `PyArg_ParseTuple` names `None` itself, not its type.
            let name = match message {
                Value::None => "None".to_owned(),
                _ => self.type_name(*message),
            };
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {name}"
            )));
        }
        let items = match exceptions.payload() {
            Some(Payload::List(items)) => items.borrow().clone(),
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => {
                return Err(self.type_error("second argument (exceptions) must be a sequence"));
            }
        };
        if items.is_empty() {
            return Err(
                self.value_error("second argument (exceptions) must be a non-empty sequence")
            );
        }
        let mut nested_base_exceptions = false;
        for (i, item) in items.iter().enumerate() {
            if !self.is_exception(*item, ExceptionClass::BaseException) {
                return Err(self.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )));
            }
            if !self.is_exception(*item, ExceptionClass::Exception) {
                nested_base_exceptions = true;
            }
        }
        let base_group = self.exception_type(ExceptionClass::BaseExceptionGroup);
        let group = self.exception_type(ExceptionClass::ExceptionGroup);
        let exception = self.exception_type(ExceptionClass::Exception);
        let class = if class == base_group {
            if nested_base_exceptions {
                class
            } else {
                group
            }
        } else if nested_base_exceptions && self.is_subtype(class, exception) {
            return Err(self.type_error(if class == group {
                "Cannot nest BaseExceptions in an ExceptionGroup".to_owned()
            } else {
                format!("Cannot nest BaseExceptions in '{}'", type_name_of(class))
            }));
        } else {
            class
        };
        Ok((class, Value::Obj(self.new_tuple(items))))
    }

    /// A new exception group with `message` of `exceptions` (a list or a
    /// tuple, kept as its second argument), as `BaseExceptionGroup(message,
    /// exceptions)` makes it.
    pub(crate) fn new_exception_group(
        &mut self,
        message: &str,
        exceptions: Value,
    ) -> PyResult<ObjRef> {
        let class = self.exception_type(ExceptionClass::BaseExceptionGroup);
        let mark = self.root(exceptions);
        let message = self.str_value(message);
        let group = self.call_function(Value::Obj(class), &[message, exceptions]);
        self.release_roots(mark);
        let group = group?;
        Ok(group.as_object().expect("an exception group"))
    }

    /// `group.message` and `group.exceptions`.
    pub(crate) fn exception_group_attr(&mut self, group: ObjRef, name: &str) -> Option<Value> {
        let data = group.as_exception()?;
        match name {
            "message" => data
                .args
                .get()
                .object()
                .and_then(|a| a.as_tuple().and_then(|items| items.first().copied())),
            "exceptions" => Some(data.extra.get()).filter(|v| !v.is_null()),
            _ => None,
        }
    }

    /// `str(group)`: `message (N sub-exceptions)`.
    pub(crate) fn exception_group_str(&mut self, group: ObjRef) -> PyResult<String> {
        let message = match self.exception_group_attr(group, "message") {
            Some(message) => self.str_string(message)?,
            None => String::new(),
        };
        let count = sub_exceptions(group).len();
        let plural = if count == 1 { "" } else { "s" };
        Ok(format!("{message} ({count} sub-exception{plural})"))
    }

    /// `group.split(condition)`: the parts that match and the rest, each
    /// a group of the same shape or `None`.
    pub(crate) fn exception_group_split(
        &mut self,
        group: ObjRef,
        condition: Value,
    ) -> PyResult<(Value, Value)> {
        let condition = self.condition(condition)?;
        self.split_recursive(group, &condition, true)
    }

    /// `group.subgroup(condition)`: the part that matches, or `None`.
    pub(crate) fn exception_group_subgroup(
        &mut self,
        group: ObjRef,
        condition: Value,
    ) -> PyResult<Value> {
        let condition = self.condition(condition)?;
        Ok(self.split_recursive(group, &condition, false)?.0)
    }

    fn condition(&mut self, value: Value) -> PyResult<Condition> {
        let base = self.exception_type(ExceptionClass::BaseException);
        let is_exception_type = |vm: &Vm, value: Value| {
            value
                .as_object()
                .is_some_and(|c| c.as_type().is_some() && vm.is_subtype(c, base))
        };
        if is_exception_type(self, value) {
            return Ok(Condition::Types(value));
        }
        if let Some(items) = value
            .object()
            .and_then(|t| t.as_tuple().map(<[Value]>::to_vec))
        {
            if items.iter().all(|&item| is_exception_type(self, item)) {
                return Ok(Condition::Types(value));
            }
        } else if crate::builtins::functions::is_callable(self, value)
            && value.as_object().is_none_or(|c| c.as_type().is_none())
        {
            return Ok(Condition::Predicate(value));
        }
        Err(self.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn condition_matches(&mut self, condition: &Condition, exception: ObjRef) -> PyResult<bool> {
        match condition {
            Condition::Types(types) => self.isinstance_of(Value::Obj(exception), *types),
            Condition::Predicate(function) => {
                let result = self.call_function(*function, &[Value::Obj(exception)])?;
                self.truthy(result)
            }
            Condition::Identity(leaves) => Ok(leaves.contains(&exception)),
        }
    }

    /// CPython's `exceptiongroup_split_recursive`: a whole match, a leaf
    /// that does not match, or a group split member by member and its
    /// parts derived from it.
    fn split_recursive(
        &mut self,
        exception: ObjRef,
        condition: &Condition,
        with_rest: bool,
    ) -> PyResult<(Value, Value)> {
        self.recursing(" in exceptiongroup_split_recursive", |vm| {
            vm.split_level(exception, condition, with_rest)
        })
    }

    /// One level of [`Vm::split_recursive`].
    fn split_level(
        &mut self,
        exception: ObjRef,
        condition: &Condition,
        with_rest: bool,
    ) -> PyResult<(Value, Value)> {
        if self.condition_matches(condition, exception)? {
            return Ok((Value::Obj(exception), Value::None));
        }
        if !self.is_exception_group(Value::Obj(exception)) {
            return Ok((Value::None, Value::Obj(exception)));
        }
        // The parts stay on the stack while conditions and `derive` run.
        let start = self.stack.len();
        let members = sub_exceptions(exception);
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for member in members {
            let (m, r) = match self.split_recursive(member, condition, with_rest) {
                Ok(parts) => parts,
                Err(error) => {
                    self.stack.truncate(start);
                    return Err(error);
                }
            };
            if !m.is_none() {
                self.stack.push(m);
                matched.push(m);
            }
            if with_rest && !r.is_none() {
                self.stack.push(r);
                rest.push(r);
            }
        }
        let result = self.derived_parts(exception, matched, rest);
        self.stack.truncate(start);
        result
    }

    fn derived_parts(
        &mut self,
        group: ObjRef,
        matched: Vec<Value>,
        rest: Vec<Value>,
    ) -> PyResult<(Value, Value)> {
        let matched = if matched.is_empty() {
            Value::None
        } else {
            self.derive_and_copy(group, matched)?
        };
        let mark = self.root(matched);
        let rest = if rest.is_empty() {
            Ok(Value::None)
        } else {
            self.derive_and_copy(group, rest)
        };
        self.release_roots(mark);
        Ok((matched, rest?))
    }

    /// `group.derive(exceptions)` (which a subclass may override), with
    /// the group's traceback, cause, context and notes copied onto it.
    fn derive_and_copy(&mut self, group: ObjRef, exceptions: Vec<Value>) -> PyResult<Value> {
        let list = Value::Obj(self.new_list(exceptions));
        let mark = self.root(list);
        let name = self.intern("derive");
        let derived = self
            .get_attr(Value::Obj(group), name)
            .and_then(|derive| self.call_function(derive, &[list]));
        self.release_roots(mark);
        let derived = derived?;
        let (Some(new), Some(old)) = (
            derived.object().and_then(|d| d.as_exception()),
            group.as_exception(),
        ) else {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        };
        new.traceback.set(old.traceback.get());
        // `PyException_SetCause`, as CPython's `exceptiongroup_subset`
        // copies the cause, also suppresses the context.
        new.cause.set(old.cause.get());
        new.suppress_context.set(true);
        new.context.set(old.context.get());
        let notes_name = self.intern("__notes__");
        if let Some(notes) = group.dict().and_then(|d| self.dict_get_str(d, notes_name)) {
            let copy = match notes.payload() {
                Some(Payload::List(items)) => Value::Obj(self.new_list(items.borrow().clone())),
                _ => notes,
            };
            let mark = self.root(derived);
            let set = self.set_attr(derived, notes_name, copy);
            self.release_roots(mark);
            set?;
        }
        Ok(derived)
    }

    /// `CHECK_EG_MATCH`: the part of `exception` an `except* types`
    /// clause handles, and the rest, as groups (a bare exception that
    /// matches is wrapped in one); `None` for either that is empty.
    pub(crate) fn except_star_match(
        &mut self,
        exception: Value,
        types: Value,
    ) -> PyResult<(Value, Value)> {
        self.check_except_star_types(types)?;
        let Some(object) = exception.as_object() else {
            return Ok((Value::None, Value::None));
        };
        let is_group = self.is_exception_group(exception);
        if self.isinstance_of(exception, types)? {
            if is_group {
                return Ok((exception, Value::None));
            }
            let members = Value::Obj(self.new_tuple(vec![exception]));
            let wrapped = self.new_exception_group("", members)?;
            if let (Some(new), Some(old)) = (wrapped.as_exception(), object.as_exception()) {
                new.traceback.set(old.traceback.get());
            }
            return Ok((Value::Obj(wrapped), Value::None));
        }
        if !is_group {
            return Ok((Value::None, exception));
        }
        let name = self.intern("split");
        let split = self.get_attr(exception, name)?;
        let parts = self.call_function(split, &[types])?;
        match parts
            .object()
            .and_then(|p| p.as_tuple().map(<[Value]>::to_vec))
        {
            Some(pair) if pair.len() == 2 => Ok((pair[0], pair[1])),
            _ => Err(self.type_error(format!(
                "{}.split must return a 2-tuple, got {}",
                self.type_name(exception),
                self.type_name(parts)
            ))),
        }
    }

    fn check_except_star_types(&mut self, types: Value) -> PyResult<()> {
        let items = match types
            .object()
            .and_then(|t| t.as_tuple().map(<[Value]>::to_vec))
        {
            Some(items) => items,
            None => vec![types],
        };
        let base = self.exception_type(ExceptionClass::BaseException);
        let group = self.exception_type(ExceptionClass::BaseExceptionGroup);
        for item in items {
            let class = item.as_object().filter(|c| c.as_type().is_some());
            match class {
                Some(class) if self.is_subtype(class, group) => {
                    return Err(self.type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ))
                }
                Some(class) if self.is_subtype(class, base) => {}
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        Ok(())
    }

    /// `PREP_RERAISE_STAR`: what leaves a `try … except*` statement, from
    /// the exception it caught (`original`) and what each clause raised
    /// or re-raised (`raised`, a list with `None` for clauses that did
    /// neither). Re-raised parts keep the original's shape; new
    /// exceptions are grouped with them.
    pub(crate) fn prep_reraise_star(&mut self, original: Value, raised: Value) -> PyResult<Value> {
        let items: Vec<Value> = match raised.payload() {
            Some(Payload::List(items)) => items.borrow().clone(),
            _ => Vec::new(),
        };
        let items: Vec<Value> = items.into_iter().filter(|v| !v.is_none()).collect();
        if items.is_empty() {
            return Ok(Value::None);
        }
        let Some(original_object) = original.as_object() else {
            return Ok(items[0]);
        };
        if !self.is_exception_group(original) {
            // A bare exception was caught, so one clause ran.
            return Ok(items[0]);
        }
        let mut reraised = Vec::new();
        let mut new = Vec::new();
        for item in items {
            let Some(object) = item.as_object() else {
                continue;
            };
            if self.same_exception_metadata(object, original_object) {
                self.collect_leaves(object, &mut reraised);
            } else {
                new.push(item);
            }
        }
        let reraised_group = if reraised.is_empty() {
            Value::None
        } else {
            let condition = Condition::Identity(reraised);
            self.split_recursive(original_object, &condition, false)?.0
        };
        if new.is_empty() {
            return Ok(reraised_group);
        }
        if !reraised_group.is_none() {
            new.push(reraised_group);
        }
        // One exception raised alone leaves as it is (CPython 3.11.4 and
        // later; earlier 3.11 releases wrapped it in a group).
        if new.len() == 1 {
            return Ok(new[0]);
        }
        let members = Value::Obj(self.new_list(new));
        Ok(Value::Obj(self.new_exception_group("", members)?))
    }

    /// Whether two exceptions have the same notes, traceback, cause and
    /// context: a part of the original re-raised, not a new exception.
    fn same_exception_metadata(&mut self, a: ObjRef, b: ObjRef) -> bool {
        let (Some(x), Some(y)) = (a.as_exception(), b.as_exception()) else {
            return false;
        };
        let notes_name = self.intern("__notes__");
        let notes_a = a.dict().and_then(|d| self.dict_get_str(d, notes_name));
        let notes_b = b.dict().and_then(|d| self.dict_get_str(d, notes_name));
        let same_notes = match (notes_a, notes_b) {
            (None, None) => true,
            (Some(p), Some(q)) => p.is(q) || self.eq(p, q).unwrap_or(false),
            _ => false,
        };
        same_notes
            && x.traceback.get().is(y.traceback.get())
            && x.cause.get().is(y.cause.get())
            && x.context.get().is(y.context.get())
    }

    /// The leaves (exceptions that are not groups) of an exception or
    /// group.
    /// (Walked with a stack of its own: groups may nest deeply.)
    fn collect_leaves(&self, exception: ObjRef, out: &mut Vec<ObjRef>) {
        let mut pending = vec![exception];
        while let Some(next) = pending.pop() {
            if self.is_exception_group(Value::Obj(next)) {
                pending.extend(sub_exceptions(next));
            } else {
                out.push(next);
            }
        }
    }
}
