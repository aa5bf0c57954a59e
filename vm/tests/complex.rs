//! Python's `complex` semantics against CPython 3.11: every row of
//! `complex_cases/cases.rs` (recorded by `scripts/record_complex_cases.py`)
//! is evaluated here the way the object model will combine the
//! `pyvm_vm::number::complex` functions (an int, bool or float operand is
//! converted to complex first, except in `==`; two real operands of `**`
//! go through `float ** float`, which hands a negative base with a
//! non-integral exponent over to complex), and its result written as the
//! script wrote CPython's. Then properties of the arithmetic.

use proptest::prelude::*;
use pyvm_source::python_float_repr;
use pyvm_vm::number::complex::{Complex, ComplexError};
use pyvm_vm::number::{float, hash_float, FloatPow, Int};

#[rustfmt::skip]
#[path = "complex_cases/cases.rs"]
mod cases;

/// An operand of a recorded case.
#[derive(Clone, Copy, Debug)]
enum V {
    /// An int, in decimal.
    I(&'static str),
    /// A float.
    F(f64),
    /// A complex, as its real and imaginary parts.
    C(f64, f64),
    /// A bool.
    B(bool),
    /// A str.
    S(&'static str),
}

/// A result, written as the recording script writes CPython's.
enum Out {
    Complex(Complex),
    Float(f64),
    Int(i64),
    Bool(bool),
}

impl Out {
    fn text(&self) -> String {
        match self {
            Out::Complex(value) => value.to_string(),
            Out::Float(value) => python_float_repr(*value),
            Out::Int(value) => value.to_string(),
            Out::Bool(value) => if *value { "True" } else { "False" }.to_owned(),
        }
    }
}

fn int(text: &str) -> Int {
    Int::from(text.parse::<num_bigint::BigInt>().expect("an int operand"))
}

/// The operand as `TO_COMPLEX` converts it.
fn to_complex(value: V) -> Result<Complex, ComplexError> {
    Ok(match value {
        V::C(re, im) => Complex::new(re, im),
        V::F(value) => Complex::from(value),
        V::I(text) => Complex::from_int(&int(text))?,
        V::B(value) => Complex::from_int(&Int::from(value))?,
        V::S(_) => panic!("not a number: {value:?}"),
    })
}

fn is_complex(value: V) -> bool {
    matches!(value, V::C(..))
}

/// `z == other`, the complex on the left (`==` is symmetric).
fn equal(z: Complex, other: V) -> bool {
    match other {
        V::C(re, im) => z == Complex::new(re, im),
        V::F(value) => z.eq_float(value),
        V::I(text) => z.eq_int(&int(text)),
        V::B(value) => z.eq_int(&Int::from(value)),
        V::S(_) => panic!("not a number: {other:?}"),
    }
}

/// `a ** b` where neither is complex: `float ** float` first.
fn real_pow(a: V, b: V) -> Result<Out, ComplexError> {
    let (x, y) = (to_complex(a)?, to_complex(b)?);
    match float::pow(x.re, y.re)? {
        FloatPow::Float(value) => Ok(Out::Float(value)),
        FloatPow::Complex => x.pow(y).map(Out::Complex),
    }
}

fn binary(op: &str, a: V, b: V) -> Result<Out, ComplexError> {
    if op == "eq" || op == "ne" {
        let result = if is_complex(a) {
            equal(to_complex(a)?, b)
        } else {
            equal(to_complex(b)?, a)
        };
        return Ok(Out::Bool(result == (op == "eq")));
    }
    if op == "pow" && !is_complex(a) && !is_complex(b) {
        return real_pow(a, b);
    }
    let (a, b) = (to_complex(a)?, to_complex(b)?);
    Ok(Out::Complex(match op {
        "add" => a + b,
        "sub" => a - b,
        "mul" => a * b,
        "truediv" => a.true_div(b)?,
        "pow" => a.pow(b)?,
        _ => panic!("no complex operation {op}"),
    }))
}

fn unary(op: &str, value: V) -> Result<Out, ComplexError> {
    if let V::S(text) = value {
        assert_eq!(op, "complex");
        return Complex::parse(text).map(Out::Complex);
    }
    let z = to_complex(value)?;
    Ok(match op {
        "neg" => Out::Complex(-z),
        "pos" => Out::Complex(z),
        "abs" => Out::Float(z.abs()?),
        "conjugate" => Out::Complex(z.conjugate()),
        "bool" => Out::Bool(!z.is_zero()),
        // The recorded values have no NaN part.
        "hash" => Out::Int(z.py_hash(0)),
        _ => panic!("no complex operation {op}"),
    })
}

fn evaluate(op: &str, args: &[V]) -> Result<Out, ComplexError> {
    match *args {
        [value] => unary(op, value),
        [a, b] => binary(op, a, b),
        _ => panic!("no operation {op} on {} operands", args.len()),
    }
}

fn result_text(result: Result<Out, ComplexError>) -> String {
    match result {
        Ok(out) => out.text(),
        Err(error) => format!("!{}: {error}", error.exception_class().name()),
    }
}

#[test]
fn the_table_is_large() {
    assert!(
        cases::CASES.len() >= 300,
        "re-run scripts/record_complex_cases.py"
    );
}

#[test]
fn results_match_cpython() {
    let mut failures = Vec::new();
    for &(op, args, expected) in cases::CASES {
        let actual = result_text(evaluate(op, args));
        if actual != expected {
            failures.push(format!(
                "{op}{args:?}\n   CPython: {expected}\n   pyvm:    {actual}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        cases::CASES.len(),
        failures.join("\n")
    );
}

// ------------------------------------------------------------ properties

fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1e6f64..1e6,
        -1.0f64..1.0,
        any::<f64>().prop_filter("finite", |x| x.is_finite())
    ]
}

proptest! {
    #[test]
    fn real_values_behave_as_floats(x in finite(), y in finite()) {
        let (a, b) = (Complex::from(x), Complex::from(y));
        prop_assert_eq!((a + b).re.to_bits(), (x + y).to_bits());
        prop_assert_eq!((a * b).re.to_bits(), (x * y).to_bits());
        prop_assert_eq!(a.py_hash(0), hash_float(x).unwrap());
        prop_assert_eq!(a.abs().unwrap(), x.abs());
        if y != 0.0 {
            // Equal, but not always in the sign of a zero: `-0.0 + 0.0 * 0.0`.
            prop_assert_eq!(a.true_div(b).unwrap().re, x / y);
        }
    }

    #[test]
    fn repr_round_trips(x in any::<f64>(), y in any::<f64>()) {
        let z = Complex::new(x, y);
        let back = Complex::parse(&z.to_string()).unwrap();
        // NaN parts read back as NaN; everything else exactly.
        prop_assert_eq!(back.re.is_nan(), x.is_nan());
        prop_assert_eq!(back.im.is_nan(), y.is_nan());
        if !x.is_nan() { prop_assert_eq!(back.re.to_bits(), x.to_bits()); }
        if !y.is_nan() { prop_assert_eq!(back.im.to_bits(), y.to_bits()); }
    }
}
