//! The numeric tower: how `int`, `float` and `complex` operands combine.
//!
//! As in CPython, a binary operation on two numbers is done in the wider
//! of their types (`bool` counts as `int`): an `int` meeting a `float` is
//! converted to `float` (OverflowError when too large, so not folded), a
//! real meeting a `complex` becomes `complex(x, 0.0)`. The per-type
//! arithmetic lives in `int.rs`, `float.rs` and `complex.rs`.

use num_bigint::BigInt;
use num_traits::Signed;
use pyvm_ast::{Constant, Int, Operator};

use super::complex::{self, Complex};
use super::{float, int};

/// A numeric constant, `bool` widened to `int`.
pub(super) enum Num {
    Int(BigInt),
    Float(f64),
    Complex(Complex),
}

impl Num {
    /// The number a constant holds, if it is one.
    pub(super) fn from_constant(constant: &Constant) -> Option<Num> {
        match constant {
            Constant::Bool(value) => Some(Num::Int(BigInt::from(*value as u8))),
            Constant::Int(value) => Some(Num::Int(value.to_bigint())),
            Constant::Float(value) => Some(Num::Float(*value)),
            Constant::Complex { real, imag } => Some(Num::Complex(Complex::new(*real, *imag))),
            _ => None,
        }
    }

    pub(super) fn into_constant(self) -> Constant {
        match self {
            Num::Int(value) => Constant::Int(Int::from_bigint(value)),
            Num::Float(value) => Constant::Float(value),
            Num::Complex(value) => Constant::Complex {
                real: value.re,
                imag: value.im,
            },
        }
    }

    /// The value as a float, as CPython's `CONVERT_TO_DOUBLE`.
    fn to_f64(&self) -> Option<f64> {
        match self {
            Num::Int(value) => int::to_f64(value),
            Num::Float(value) => Some(*value),
            Num::Complex(_) => None,
        }
    }

    /// The value as a complex, as CPython's `TO_COMPLEX`.
    fn to_complex(&self) -> Option<Complex> {
        match self {
            Num::Complex(value) => Some(*value),
            real => real.to_f64().map(|re| Complex::new(re, 0.0)),
        }
    }
}

/// `-value` (`nb_negative`).
pub(super) fn negative(value: Num) -> Num {
    match value {
        Num::Int(value) => Num::Int(-value),
        Num::Float(value) => Num::Float(-value),
        Num::Complex(value) => Num::Complex(Complex::new(-value.re, -value.im)),
    }
}

/// `left op right` on two numbers; `None` where CPython raises
/// (TypeError for operators the types lack, ZeroDivisionError,
/// OverflowError, ValueError for negative shift counts).
///
/// No size limits here: `operators.rs` checks those first.
pub(super) fn binary(op: Operator, left: &Num, right: &Num) -> Option<Num> {
    match (left, right) {
        (Num::Int(a), Num::Int(b)) => int_binary(op, a, b),
        (Num::Complex(_), _) | (_, Num::Complex(_)) => {
            complex_binary(op, left.to_complex()?, right.to_complex()?)
        }
        _ => float_binary(op, left.to_f64()?, right.to_f64()?),
    }
}

fn int_binary(op: Operator, a: &BigInt, b: &BigInt) -> Option<Num> {
    let int = |value| Some(Num::Int(value));
    match op {
        Operator::Add => int(a + b),
        Operator::Sub => int(a - b),
        Operator::Mult => int(a * b),
        Operator::Div => int::true_div(a, b).map(Num::Float),
        Operator::FloorDiv => int::floor_div(a, b).map(Num::Int),
        Operator::Mod => int::modulo(a, b).map(Num::Int),
        Operator::Pow if b.is_negative() => {
            // `long_pow` hands a negative exponent to `float_pow`.
            float_binary(Operator::Pow, int::to_f64(a)?, int::to_f64(b)?)
        }
        Operator::Pow => int::pow(a, b).map(Num::Int),
        Operator::LShift => int::lshift(a, b).map(Num::Int),
        Operator::RShift => int::rshift(a, b).map(Num::Int),
        Operator::BitAnd => int(a & b),
        Operator::BitOr => int(a | b),
        Operator::BitXor => int(a ^ b),
        Operator::MatMult => None,
    }
}

fn float_binary(op: Operator, a: f64, b: f64) -> Option<Num> {
    let value = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div => float::div(a, b)?,
        Operator::FloorDiv => float::floor_div(a, b)?,
        Operator::Mod => float::modulo(a, b)?,
        Operator::Pow => match float::pow(a, b)? {
            float::Power::Float(value) => value,
            float::Power::Complex => {
                let power = complex::pow(Complex::new(a, 0.0), Complex::new(b, 0.0))?;
                return Some(Num::Complex(power));
            }
        },
        Operator::LShift
        | Operator::RShift
        | Operator::BitAnd
        | Operator::BitOr
        | Operator::BitXor
        | Operator::MatMult => return None,
    };
    Some(Num::Float(value))
}

fn complex_binary(op: Operator, a: Complex, b: Complex) -> Option<Num> {
    let value = match op {
        Operator::Add => complex::add(a, b),
        Operator::Sub => complex::sub(a, b),
        Operator::Mult => complex::mul(a, b),
        Operator::Div => complex::div(a, b)?,
        Operator::Pow => complex::pow(a, b)?,
        Operator::FloorDiv
        | Operator::Mod
        | Operator::LShift
        | Operator::RShift
        | Operator::BitAnd
        | Operator::BitOr
        | Operator::BitXor
        | Operator::MatMult => return None,
    };
    Some(Num::Complex(value))
}
