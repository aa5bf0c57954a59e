//! Binary and unary operators: the built-in numeric and sequence rules,
//! and user classes' dunder methods with `NotImplemented` fallback in
//! CPython's order (a subclass's reflected method first).

use pyvm_bytecode::{BinaryOperator as Op, Instruction};

use crate::number::complex::Complex;
use crate::number::{exact_in_f64, float, FloatPow, Int, IntPow, NumberError};
use crate::object::Payload;
use crate::objects::iterator::DictView;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The numeric view of a value: `bool` and `int` are ints.
enum Number {
    Int(Int),
    Float(f64),
    Complex(Complex),
}

fn as_number(value: Value) -> Option<Number> {
    match value {
        Value::Int(i) => Some(Number::Int(Int::Small(i))),
        Value::Bool(b) => Some(Number::Int(Int::Small(i64::from(b.get())))),
        Value::Float(f) => Some(Number::Float(f.get())),
        Value::Obj(object) => match &object.payload {
            Payload::Int(int) => Some(Number::Int(int.clone())),
            Payload::Float(f) => Some(Number::Float(*f)),
            Payload::Complex(z) => Some(Number::Complex(*z)),
            _ => None,
        },
        _ => None,
    }
}

/// The dunder names of an operator: `(__add__, __radd__, __iadd__)`.
fn dunders(op: Op) -> (&'static str, &'static str, &'static str) {
    match op.without_inplace() {
        Op::Add => ("__add__", "__radd__", "__iadd__"),
        Op::And => ("__and__", "__rand__", "__iand__"),
        Op::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        Op::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        Op::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        Op::Multiply => ("__mul__", "__rmul__", "__imul__"),
        Op::Remainder => ("__mod__", "__rmod__", "__imod__"),
        Op::Or => ("__or__", "__ror__", "__ior__"),
        Op::Power => ("__pow__", "__rpow__", "__ipow__"),
        Op::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        Op::Subtract => ("__sub__", "__rsub__", "__isub__"),
        Op::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        _ => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// The operator's symbol in error messages (`+`, `+=`, `**`).
fn symbol(op: Op) -> &'static str {
    match op {
        Op::Add => "+",
        Op::And => "&",
        Op::FloorDivide => "//",
        Op::LShift => "<<",
        Op::MatrixMultiply => "@",
        Op::Multiply => "*",
        Op::Remainder => "%",
        Op::Or => "|",
        Op::Power => "** or pow()",
        Op::RShift => ">>",
        Op::Subtract => "-",
        Op::TrueDivide => "/",
        Op::Xor => "^",
        Op::InplaceAdd => "+=",
        Op::InplaceAnd => "&=",
        Op::InplaceFloorDivide => "//=",
        Op::InplaceLShift => "<<=",
        Op::InplaceMatrixMultiply => "@=",
        Op::InplaceMultiply => "*=",
        Op::InplaceRemainder => "%=",
        Op::InplaceOr => "|=",
        Op::InplacePower => "**=",
        Op::InplaceRShift => ">>=",
        Op::InplaceSubtract => "-=",
        Op::InplaceTrueDivide => "/=",
        Op::InplaceXor => "^=",
    }
}

impl Vm {
    /// Turns a number error into the Python exception it stands for.
    pub(crate) fn number_error(&mut self, error: NumberError) -> PyErr {
        self.error(error.exception_class(), error.to_string())
    }

    /// `a <op> b`, including the in-place forms.
    pub fn binary_op(&mut self, a: Value, b: Value, op: Op) -> PyResult<Value> {
        if let Some(result) = fast_binary(a, b, op) {
            return Ok(result);
        }
        if let Some(joined) = self.exact_concatenation(a, b, op) {
            return Ok(joined);
        }
        if op.is_inplace() {
            if let Some(result) = self.inplace_op(a, b, op)? {
                return Ok(result);
            }
        }
        let plain = op.without_inplace();
        let result = self.binary_dispatch(a, b, plain)?;
        if let Value::NotImplemented = result {
            if let Some(result) = self.sequence_op(a, b, op)? {
                return Ok(result);
            }
            if plain == Op::Or {
                if let Some(union) = self.type_union(a, b) {
                    return Ok(union);
                }
            }
            return Err(self.unsupported_operands(a, b, op));
        }
        Ok(result)
    }

    /// The `TypeError` when neither operand supports an operator.
    fn unsupported_operands(&mut self, a: Value, b: Value, op: Op) -> PyErr {
        let (left, right) = (self.type_name(a), self.type_name(b));
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{left}' and '{right}'",
            symbol(op)
        ))
    }

    /// The in-place method (`__iadd__`) of a user class, or the built-in
    /// in-place set and dict operators; `None` to fall back to the plain
    /// operator (a list's `+=` and `*=` come after it, as CPython's
    /// `sq_inplace_concat` does).
    fn inplace_op(&mut self, a: Value, b: Value, op: Op) -> PyResult<Option<Value>> {
        if let Some(object) = a.as_object() {
            if let Some(class) = self.user_class(object) {
                let name = self.intern(dunders(op).2);
                if let Some(method) = self.lookup_user(class, name) {
                    let result = self.call_method_value(method, a, &[b])?;
                    if matches!(result, Value::NotImplemented) {
                        return Ok(None);
                    }
                    return Ok(Some(result));
                }
                // A subclass of a built-in type keeps its in-place
                // operators; a class's `+=` on a list or bytearray comes
                // before the other operand's `__radd__` (CPython fills the
                // class's `nb_inplace_add` with the list's in-place
                // concatenation), a plain list's after it.
                if op == Op::InplaceAdd
                    && matches!(object.payload, Payload::List(_) | Payload::ByteArray(_))
                {
                    return self.sequence_inplace_concat(object, b).map(Some);
                }
            }
            if let Payload::Set(_) = &object.payload {
                let result = self.set_binary(a, b, op)?;
                if !matches!(result, Value::NotImplemented) {
                    return Ok(Some(result));
                }
            }
            if matches!(object.payload, Payload::Dict(_)) && op == Op::InplaceOr {
                if matches!(b.payload(), Some(Payload::Dict(_))) {
                    self.dict_update(a, b, None)?;
                } else {
                    // `d |= other` takes what `d.update(other)` takes.
                    self.dict_init(object, crate::objects::function::Args::positional(&[b]))?;
                }
                return Ok(Some(a));
            }
        }
        Ok(None)
    }

    /// The plain operator: left operand's method, then the right's
    /// reflected one, with the right first when its type is a subclass of
    /// the left's that overrides it. `NotImplemented` when neither applies.
    fn binary_dispatch(&mut self, a: Value, b: Value, op: Op) -> PyResult<Value> {
        let (left_name, right_name, _) = dunders(op);
        self.dispatch_binary(a, b, left_name, right_name, |vm, a, b| {
            vm.builtin_binary(a, b, op)
        })
    }

    /// `divmod(a, b)`: `__divmod__`, then `__rdivmod__`, as the operators.
    pub(crate) fn divmod(&mut self, a: Value, b: Value) -> PyResult<Value> {
        let result = self.dispatch_binary(a, b, "__divmod__", "__rdivmod__", Vm::builtin_divmod)?;
        if let Value::NotImplemented = result {
            let (left, right) = (self.type_name(a), self.type_name(b));
            return Err(self.type_error(format!(
                "unsupported operand type(s) for divmod(): '{left}' and '{right}'"
            )));
        }
        Ok(result)
    }

    /// `divmod` of two numbers (`int.__divmod__`…); `NotImplemented` for
    /// other operands.
    pub(crate) fn builtin_divmod(&mut self, a: Value, b: Value) -> PyResult<Value> {
        let (Some(x), Some(y)) = (as_number(a), as_number(b)) else {
            return Ok(Value::NotImplemented);
        };
        let (quotient, remainder) = match (x, y) {
            (Number::Complex(_), _) | (_, Number::Complex(_)) => return Ok(Value::NotImplemented),
            (Number::Int(x), Number::Int(y)) => {
                let (q, r) = x.divmod(&y).map_err(|e| self.number_error(e))?;
                (self.int_value(q), self.int_value(r))
            }
            (x, y) => {
                let to_float = |vm: &mut Vm, n: Number| match n {
                    Number::Float(f) => Ok(f),
                    Number::Int(i) => i.to_f64().map_err(|e| vm.number_error(e)),
                    Number::Complex(_) => unreachable!("complex has no divmod"),
                };
                let (x, y) = (to_float(self, x)?, to_float(self, y)?);
                let (q, r) = float::divmod(x, y).map_err(|e| self.number_error(e))?;
                (Value::float(q), Value::float(r))
            }
        };
        Ok(Value::Obj(self.new_tuple([quotient, remainder])))
    }

    /// The built-in types' operators; `NotImplemented` when the operand
    /// types have none.
    pub(crate) fn builtin_binary(&mut self, a: Value, b: Value, op: Op) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (as_number(a), as_number(b)) {
            return self.number_op(x, y, op);
        }
        let (Some(x), y) = (a.as_object(), b) else {
            return Ok(Value::NotImplemented);
        };
        match (&x.payload, op) {
            (Payload::Str(_), Op::Remainder) => self.percent_format(a, b),
            (Payload::Bytes(_) | Payload::ByteArray(_), Op::Remainder) => {
                self.bytes_percent_format(a, b)
            }
            (Payload::Dict(_), Op::Or) => self.dict_or(a, b),
            (Payload::Set(_) | Payload::DictView(..), _) => self.set_binary(a, b, op),
            // `iterable & dict.keys()`: views take either side.
            _ if matches!(
                y.payload(),
                Some(Payload::DictView(_, DictView::Keys | DictView::Items))
            ) =>
            {
                self.set_binary(a, b, op)
            }
            _ => Ok(Value::NotImplemented),
        }
    }

    /// Arithmetic between two numbers.
    fn number_op(&mut self, x: Number, y: Number, op: Op) -> PyResult<Value> {
        match (x, y) {
            (Number::Int(a), Number::Int(b)) => self.int_op(&a, &b, op),
            (Number::Float(a), Number::Float(b)) => self.float_op(a, b, op),
            (x @ Number::Complex(_), y) | (x, y @ Number::Complex(_)) => {
                let (a, b) = (self.complex_operand(x)?, self.complex_operand(y)?);
                self.complex_op(a, b, op)
            }
            (Number::Int(a), Number::Float(b)) => {
                if matches!(op, Op::LShift | Op::RShift | Op::And | Op::Or | Op::Xor) {
                    return Ok(Value::NotImplemented);
                }
                let a = a.to_f64().map_err(|e| self.number_error(e))?;
                self.float_op(a, b, op)
            }
            (Number::Float(a), Number::Int(b)) => {
                if matches!(op, Op::LShift | Op::RShift | Op::And | Op::Or | Op::Xor) {
                    return Ok(Value::NotImplemented);
                }
                let b = b.to_f64().map_err(|e| self.number_error(e))?;
                self.float_op(a, b, op)
            }
        }
    }

    fn int_op(&mut self, a: &Int, b: &Int, op: Op) -> PyResult<Value> {
        let result = match op {
            Op::Add => Ok(a + b),
            Op::Subtract => Ok(a - b),
            Op::Multiply => Ok(a * b),
            Op::And => Ok(a & b),
            Op::Or => Ok(a | b),
            Op::Xor => Ok(a ^ b),
            Op::FloorDivide => a.floor_div(b),
            Op::Remainder => a.modulo(b),
            Op::LShift => a.lshift(b),
            Op::RShift => a.rshift(b),
            Op::TrueDivide => {
                return a
                    .true_div(b)
                    .map(Value::float)
                    .map_err(|e| self.number_error(e))
            }
            Op::Power => match a.pow(b) {
                Ok(IntPow::Int(power)) => Ok(power),
                Ok(IntPow::Float(power)) => return Ok(Value::float(power)),
                Err(e) => Err(e),
            },
            _ => return Ok(Value::NotImplemented),
        };
        match result {
            Ok(int) => Ok(self.int_value(int)),
            Err(error) => Err(self.number_error(error)),
        }
    }

    fn float_op(&mut self, a: f64, b: f64, op: Op) -> PyResult<Value> {
        let result = match op {
            Op::Add => Ok(a + b),
            Op::Subtract => Ok(a - b),
            Op::Multiply => Ok(a * b),
            Op::TrueDivide => float::div(a, b),
            Op::FloorDivide => float::floor_div(a, b),
            Op::Remainder => float::modulo(a, b),
            Op::Power => match float::pow(a, b) {
                Ok(FloatPow::Float(power)) => Ok(power),
                Ok(FloatPow::Complex) => {
                    return self.complex_op(Complex::from(a), Complex::from(b), Op::Power)
                }
                Err(e) => Err(e),
            },
            _ => return Ok(Value::NotImplemented),
        };
        result.map(Value::float).map_err(|e| self.number_error(e))
    }

    /// An operand of a complex operation as a complex (CPython's
    /// `TO_COMPLEX`).
    fn complex_operand(&mut self, number: Number) -> PyResult<Complex> {
        match number {
            Number::Complex(z) => Ok(z),
            Number::Float(f) => Ok(Complex::from(f)),
            Number::Int(i) => Complex::from_int(&i).map_err(|e| self.number_error(e)),
        }
    }

    /// Arithmetic between two complex numbers; `NotImplemented` for the
    /// operators complex does not have (`//`, `%`, the bitwise ones).
    fn complex_op(&mut self, a: Complex, b: Complex, op: Op) -> PyResult<Value> {
        let result = match op {
            Op::Add => a + b,
            Op::Subtract => a - b,
            Op::Multiply => a * b,
            Op::TrueDivide => a.true_div(b).map_err(|e| self.complex_error(e))?,
            Op::Power => a.pow(b).map_err(|e| self.complex_error(e))?,
            _ => return Ok(Value::NotImplemented),
        };
        Ok(self.complex_value(result))
    }

    /// `+x`, `-x`, `~x`.
    pub fn unary_op(&mut self, instruction: Instruction, value: Value) -> PyResult<Value> {
        let (name, symbol) = match instruction {
            Instruction::UnaryPositive => ("__pos__", "+"),
            Instruction::UnaryNegative => ("__neg__", "-"),
            _ => ("__invert__", "~"),
        };
        if let Some(object) = value.as_object().filter(|o| self.user_class(*o).is_some()) {
            let dunder = self.intern(name);
            if let Some(result) = self.call_user_dunder(Value::Obj(object), dunder, &[])? {
                return Ok(result);
            }
        }
        if let Some(result) = self.builtin_unary(instruction, value) {
            return Ok(result);
        }
        let type_name = self.type_name(value);
        Err(self.type_error(format!(
            "bad operand type for unary {symbol}: '{type_name}'"
        )))
    }
}

impl Vm {
    /// `+x`, `-x`, `~x` of a number (`int.__neg__`…); `None` for other
    /// values and for `~` of a float.
    pub(crate) fn builtin_unary(
        &mut self,
        instruction: Instruction,
        value: Value,
    ) -> Option<Value> {
        Some(match (as_number(value)?, instruction) {
            (Number::Int(i), Instruction::UnaryPositive) => self.int_value(i),
            (Number::Int(i), Instruction::UnaryNegative) => self.int_value(-&i),
            (Number::Int(i), _) => self.int_value(!&i),
            (Number::Float(f), Instruction::UnaryPositive) => Value::float(f),
            (Number::Float(f), Instruction::UnaryNegative) => Value::float(-f),
            (Number::Float(_), _) => return None,
            (Number::Complex(z), Instruction::UnaryPositive) => self.complex_value(z),
            (Number::Complex(z), Instruction::UnaryNegative) => self.complex_value(-z),
            (Number::Complex(_), _) => return None,
        })
    }
}

/// `a <op> b` when both are immediate numbers (small ints and floats)
/// and the result needs no error and no allocation: the interpreter's
/// fast path. `None` sends the caller to [`Vm::binary_op`].
#[inline(always)]
pub(crate) fn fast_binary(a: Value, b: Value, op: Op) -> Option<Value> {
    let op = op.without_inplace();
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match small_int_op(x, y, op) {
            Some(result) => Some(Value::Int(result)),
            // Both convert exactly, so the quotient is correctly rounded,
            // as CPython's int true division is.
            None if op == Op::TrueDivide && y != 0 && exact_in_f64(x) && exact_in_f64(y) => {
                Some(Value::float(x as f64 / y as f64))
            }
            None => None,
        },
        (Value::Float(x), Value::Float(y)) => fast_float_op(x.get(), y.get(), op),
        // An i64 converts to the nearest float, as CPython's int to float
        // conversion for arithmetic does.
        (Value::Int(x), Value::Float(y)) => fast_float_op(x as f64, y.get(), op),
        (Value::Float(x), Value::Int(y)) => fast_float_op(x.get(), y as f64, op),
        _ => None,
    }
}

/// `x <op> y` on floats when it raises nothing.
#[inline(always)]
fn fast_float_op(x: f64, y: f64, op: Op) -> Option<Value> {
    let result = match op {
        Op::Add => x + y,
        Op::Subtract => x - y,
        Op::Multiply => x * y,
        Op::TrueDivide if y != 0.0 => x / y,
        Op::FloorDivide => float::floor_div(x, y).ok()?,
        Op::Remainder => float::modulo(x, y).ok()?,
        Op::Power => match float::pow(x, y) {
            Ok(FloatPow::Float(power)) => power,
            _ => return None,
        },
        _ => return None,
    };
    Some(Value::float(result))
}

/// `x <op> y` on small ints when the result is a small int.
#[inline(always)]
fn small_int_op(x: i64, y: i64, op: Op) -> Option<i64> {
    match op {
        Op::Add => x.checked_add(y),
        Op::Subtract => x.checked_sub(y),
        Op::Multiply => x.checked_mul(y),
        Op::And => Some(x & y),
        Op::Or => Some(x | y),
        Op::Xor => Some(x ^ y),
        Op::FloorDivide if y != 0 && !(x == i64::MIN && y == -1) => {
            let quotient = x / y;
            Some(if x % y != 0 && ((x < 0) != (y < 0)) {
                quotient - 1
            } else {
                quotient
            })
        }
        Op::Remainder if y != 0 && !(x == i64::MIN && y == -1) => {
            let r = x % y;
            Some(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            })
        }
        Op::Power if y >= 0 => x.checked_pow(u32::try_from(y).ok()?),
        Op::LShift if (0..64).contains(&y) => {
            let shifted = x << y;
            (shifted >> y == x).then_some(shifted)
        }
        Op::RShift if y >= 0 => Some(x >> y.min(63)),
        _ => None,
    }
}
