//! Which method answers a binary operator, in CPython's order
//! (`binary_op1` in `abstract.c` and `SLOT1BINFULL` in `typeobject.c`):
//! the left operand's slot, then the right's reflected one, the right
//! first when its type is a subclass of the left's that overrides it.
//!
//! A class's slot for an operator is "user" when the class or one of its
//! user bases defines the method or its reflection (`__add__` or
//! `__radd__`), and otherwise the built-in base's, as CPython fills
//! `nb_add` with `slot_nb_add` or inherits `long_add`.

use crate::object::Payload;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The implementation an operand's type has for an operator.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// The Python methods of a user class (CPython's `slot_nb_add`).
    User,
    /// The built-in operation of the type or of its built-in base.
    Builtin,
}

/// The names of an operator's method and of its reflection
/// (`__add__`, `__radd__`), interned.
#[derive(Clone, Copy)]
struct Names {
    left: ObjRef,
    right: ObjRef,
}

/// How wide a number's kind is: a built-in number operation applies to
/// its own kind and the narrower ones (`float`'s to ints, not `int`'s to
/// floats). `None` for values that are not numbers.
fn number_rank(value: Value) -> Option<u8> {
    match value {
        Value::Int(_) | Value::Bool(_) => Some(0),
        Value::Float(_) => Some(1),
        Value::Obj(object) => match &object.payload {
            Payload::Int(_) => Some(0),
            Payload::Float(_) => Some(1),
            Payload::Complex(_) => Some(2),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// A binary operation between a left operand's `left_name` method and
    /// a right operand's `right_name`, with `builtin` standing for the
    /// built-in types' operations (both operands' at once: a number's
    /// and a wider number's give the same answer in either order).
    /// `NotImplemented` when neither side applies.
    pub(crate) fn dispatch_binary(
        &mut self,
        a: Value,
        b: Value,
        left_name: &str,
        right_name: &str,
        builtin: impl Fn(&mut Vm, Value, Value) -> PyResult<Value>,
    ) -> PyResult<Value> {
        let a_user = a.as_object().and_then(|o| self.user_class(o)).is_some();
        let b_user = b.as_object().and_then(|o| self.user_class(o)).is_some();
        if !a_user && !b_user {
            return builtin(self, a, b);
        }
        let names = Names {
            left: self.intern(left_name),
            right: self.intern(right_name),
        };
        let slot_a = self.operator_slot(a, names);
        let slot_b = self.operator_slot(b, names);
        match (slot_a, slot_b) {
            (Slot::Builtin, Slot::Builtin) => builtin(self, a, b),
            // One slot function for both sides: it tries the reflected
            // method itself.
            (Slot::User, Slot::User) => self.user_operator(a, b, names, [slot_a, slot_b]),
            (Slot::User, Slot::Builtin) => {
                let result = self.user_operator(a, b, names, [slot_a, slot_b])?;
                if !matches!(result, Value::NotImplemented) {
                    return Ok(result);
                }
                self.builtin_of(b, a, b, builtin)
            }
            (Slot::Builtin, Slot::User) => {
                let (class_a, class_b) = (self.type_of(a), self.type_of(b));
                if self.is_subtype(class_b, class_a) {
                    let result = self.user_operator(a, b, names, [slot_a, slot_b])?;
                    if !matches!(result, Value::NotImplemented) {
                        return Ok(result);
                    }
                    return self.builtin_of(a, a, b, builtin);
                }
                let result = self.builtin_of(a, a, b, builtin)?;
                if !matches!(result, Value::NotImplemented) {
                    return Ok(result);
                }
                self.user_operator(a, b, names, [slot_a, slot_b])
            }
        }
    }

    /// Which implementation `value`'s type has for the operator.
    fn operator_slot(&mut self, value: Value, names: Names) -> Slot {
        let Some(class) = value.as_object().and_then(|o| self.user_class(o)) else {
            return Slot::Builtin;
        };
        if self.lookup_user(class, names.left).is_some()
            || self.lookup_user(class, names.right).is_some()
        {
            Slot::User
        } else {
            Slot::Builtin
        }
    }

    /// The built-in operation of `owner`'s type alone: a number's
    /// declines a wider number (`int`'s leaves `1 + 2.5` to `float`'s)
    /// and any operand that is not a number.
    fn builtin_of(
        &mut self,
        owner: Value,
        a: Value,
        b: Value,
        builtin: impl Fn(&mut Vm, Value, Value) -> PyResult<Value>,
    ) -> PyResult<Value> {
        match (number_rank(owner), number_rank(a), number_rank(b)) {
            (None, _, _) => builtin(self, a, b),
            (Some(own), Some(x), Some(y)) if own >= x.max(y) => builtin(self, a, b),
            _ => Ok(Value::NotImplemented),
        }
    }

    /// A user class's operator slot (CPython's `SLOT1BINFULL`): the left
    /// operand's method when its type has the slot, the right's reflected
    /// one when its type has it too and differs, the reflected first when
    /// the right's type is a subclass that overrides it. `slots` are the
    /// operands' own, as `operator_slot` finds them.
    fn user_operator(
        &mut self,
        a: Value,
        b: Value,
        names: Names,
        [slot_a, slot_b]: [Slot; 2],
    ) -> PyResult<Value> {
        let (class_a, class_b) = (self.type_of(a), self.type_of(b));
        let mut do_other = class_a != class_b && slot_b == Slot::User;
        if slot_a == Slot::User {
            if do_other
                && self.is_subtype(class_b, class_a)
                && self.overrides(class_a, class_b, names.right)
            {
                let result = self.call_dunder_maybe(b, names.right, a)?;
                if !matches!(result, Value::NotImplemented) {
                    return Ok(result);
                }
                do_other = false;
            }
            let result = self.call_dunder_maybe(a, names.left, b)?;
            if !matches!(result, Value::NotImplemented) || class_a == class_b {
                return Ok(result);
            }
        }
        if do_other {
            return self.call_dunder_maybe(b, names.right, a);
        }
        Ok(Value::NotImplemented)
    }

    /// Whether `subclass` has a `name` of its own, not `class`'s (CPython's
    /// `method_is_overloaded`).
    fn overrides(&mut self, class: ObjRef, subclass: ObjRef, name: ObjRef) -> bool {
        let Some(own) = self.lookup_type(subclass, name) else {
            return false;
        };
        match self.lookup_type(class, name) {
            Some(inherited) => !inherited.is(own),
            None => true,
        }
    }

    /// `receiver.name(other)` looked up on the type, built-in methods
    /// included; `NotImplemented` when the type has none (CPython's
    /// `vectorcall_maybe`).
    fn call_dunder_maybe(
        &mut self,
        receiver: Value,
        name: ObjRef,
        other: Value,
    ) -> PyResult<Value> {
        let class = self.type_of(receiver);
        match self.lookup_type(class, name) {
            Some(method) => self.call_method_value(method, receiver, &[other]),
            None => Ok(Value::NotImplemented),
        }
    }
}

/// The implementation a type has for three-argument `pow` (its
/// `nb_power`); equal slots are tried once.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PowSlot {
    Int,
    Float,
    Complex,
    User,
    None,
}

impl Vm {
    /// `pow(base, exp, mod)` with a modulus, as CPython's `ternary_op`:
    /// the slots of the three operands' types in turn. Only a class of
    /// the base has its `__pow__(exp, mod)` called (there is no reflected
    /// form); `float`'s refuses a modulus and `complex`'s raises
    /// "complex modulo".
    pub(crate) fn ternary_pow(
        &mut self,
        base: Value,
        exp: Value,
        modulus: Value,
    ) -> PyResult<Value> {
        let slots = [base, exp, modulus].map(|operand| self.pow_slot(operand));
        for (position, &slot) in slots.iter().enumerate() {
            if slots[..position].contains(&slot) {
                continue;
            }
            let result = match slot {
                PowSlot::Int => match (
                    self.exact_int(base),
                    self.exact_int(exp),
                    self.exact_int(modulus),
                ) {
                    (Some(b), Some(e), Some(m)) => {
                        let result = b
                            .pow_mod(&e, &m)
                            .map_err(|error| self.number_error(error))?;
                        return Ok(self.int_value(result));
                    }
                    _ => Value::NotImplemented,
                },
                PowSlot::Float => {
                    return Err(self.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    ))
                }
                PowSlot::Complex if number_rank(base).is_some() && number_rank(exp).is_some() => {
                    return Err(self.value_error("complex modulo"));
                }
                PowSlot::User if slots[0] == PowSlot::User => {
                    let name = self.names.__pow__;
                    let class = self.type_of(base);
                    match self.lookup_type(class, name) {
                        Some(method) => self.call_method_value(method, base, &[exp, modulus])?,
                        None => Value::NotImplemented,
                    }
                }
                _ => Value::NotImplemented,
            };
            if !matches!(result, Value::NotImplemented) {
                return Ok(result);
            }
        }
        let names = [base, exp, modulus].map(|operand| self.type_name(operand));
        Err(self.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            names[0], names[1], names[2]
        )))
    }

    /// Which `pow` implementation `value`'s type has.
    fn pow_slot(&mut self, value: Value) -> PowSlot {
        let names = Names {
            left: self.names.__pow__,
            right: self.names.__rpow__,
        };
        if self.operator_slot(value, names) == Slot::User {
            return PowSlot::User;
        }
        match number_rank(value) {
            Some(0) => PowSlot::Int,
            Some(1) => PowSlot::Float,
            Some(_) => PowSlot::Complex,
            None => PowSlot::None,
        }
    }
}
