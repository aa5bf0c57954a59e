//! Python's number semantics against CPython 3.11: every row of
//! `number_cases/cases.rs` (recorded by `scripts/record_number_cases.py`)
//! is evaluated here the way the object model will combine the
//! `pyvm_vm::number` functions (a bool is the int 0 or 1; an int meeting a
//! float is converted to float, except in comparisons), and its result
//! written as the script wrote CPython's. Then properties: the `i64` fast
//! paths agree with the arbitrary-precision ones.

use std::cmp::Ordering;

use num_bigint::BigInt;
use proptest::prelude::*;
use pyvm_source::python_float_repr;
use pyvm_vm::number::{
    float, hash_float, FloatPow, Int, IntPow, NumberError, DEFAULT_MAX_STR_DIGITS, HASH_MODULUS,
};

// Recorded floats may look like constants (3.14159) to clippy.
#[allow(clippy::approx_constant)]
#[rustfmt::skip]
#[path = "number_cases/cases.rs"]
mod cases;

/// An operand of a recorded case.
#[derive(Clone, Copy, Debug)]
enum V {
    /// An int, in decimal.
    I(&'static str),
    /// A float.
    F(f64),
    /// A bool.
    B(bool),
    /// A str.
    S(&'static str),
    /// A bytes object.
    Y(&'static [u8]),
}

/// A number operand: an int (`true` when it is a bool) or a float.
enum Num {
    Int(Int, bool),
    Float(f64),
}

/// A result, written as the recording script writes CPython's.
enum Out {
    Int(Int),
    Float(f64),
    Bool(bool),
    Text(String),
    Pair(Box<Out>, Box<Out>),
    Complex,
}

impl Out {
    fn pair(a: Out, b: Out) -> Out {
        Out::Pair(Box::new(a), Box::new(b))
    }

    fn text(&self) -> String {
        match self {
            Out::Int(value) => value.to_string(),
            Out::Float(value) => python_float_repr(*value),
            Out::Bool(value) => if *value { "True" } else { "False" }.to_owned(),
            Out::Text(text) => text.clone(),
            Out::Pair(a, b) => format!("({}, {})", a.text(), b.text()),
            Out::Complex => "<complex>".to_owned(),
        }
    }
}

fn int(text: &str) -> Int {
    Int::from(text.parse::<BigInt>().expect("an int operand"))
}

fn num(value: V) -> Num {
    match value {
        V::I(text) => Num::Int(int(text), false),
        V::B(value) => Num::Int(Int::from(value), true),
        V::F(value) => Num::Float(value),
        V::S(_) | V::Y(_) => panic!("not a number: {value:?}"),
    }
}

fn int_operand(value: V) -> Int {
    match num(value) {
        Num::Int(value, _) => value,
        Num::Float(_) => panic!("not an int: {value:?}"),
    }
}

impl Num {
    /// The value as a float, as CPython's `CONVERT_TO_DOUBLE`.
    fn to_f64(&self) -> Result<f64, NumberError> {
        match self {
            Num::Int(value, _) => value.to_f64(),
            Num::Float(value) => Ok(*value),
        }
    }
}

/// `a` compared with `b`, exactly across types; `None` with a NaN.
fn compare(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(a, _), Num::Int(b, _)) => Some(a.cmp(b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
        (Num::Float(a), Num::Int(b, _)) => float::compare_int(*a, b),
        (Num::Int(a, _), Num::Float(b)) => float::compare_int(*b, a).map(Ordering::reverse),
    }
}

fn binary(op: &str, a: V, b: V) -> Result<Out, NumberError> {
    let (a, b) = (num(a), num(b));
    let ordering = compare(&a, &b);
    let comparison = match op {
        "eq" => Some(ordering == Some(Ordering::Equal)),
        "ne" => Some(ordering != Some(Ordering::Equal)),
        "lt" => Some(ordering == Some(Ordering::Less)),
        "le" => Some(matches!(ordering, Some(Ordering::Less | Ordering::Equal))),
        "gt" => Some(ordering == Some(Ordering::Greater)),
        "ge" => Some(matches!(
            ordering,
            Some(Ordering::Greater | Ordering::Equal)
        )),
        _ => None,
    };
    if let Some(result) = comparison {
        return Ok(Out::Bool(result));
    }
    match (&a, &b) {
        (Num::Int(a, a_bool), Num::Int(b, b_bool)) => int_binary(op, a, b, *a_bool && *b_bool),
        _ => float_binary(op, a.to_f64()?, b.to_f64()?),
    }
}

fn int_binary(op: &str, a: &Int, b: &Int, both_bool: bool) -> Result<Out, NumberError> {
    // `bool & bool` (and `|`, `^`) stays a bool; everything else is an int.
    let bitwise = |value: Int| {
        if both_bool {
            Out::Bool(!value.is_zero())
        } else {
            Out::Int(value)
        }
    };
    Ok(match op {
        "add" => Out::Int(a + b),
        "sub" => Out::Int(a - b),
        "mul" => Out::Int(a * b),
        "truediv" => Out::Float(a.true_div(b)?),
        "floordiv" => Out::Int(a.floor_div(b)?),
        "mod" => Out::Int(a.modulo(b)?),
        "divmod" => {
            let (quotient, remainder) = a.divmod(b)?;
            Out::pair(Out::Int(quotient), Out::Int(remainder))
        }
        "pow" => match a.pow(b)? {
            IntPow::Int(value) => Out::Int(value),
            IntPow::Float(value) => Out::Float(value),
        },
        "lshift" => Out::Int(a.lshift(b)?),
        "rshift" => Out::Int(a.rshift(b)?),
        "and" => bitwise(a & b),
        "or" => bitwise(a | b),
        "xor" => bitwise(a ^ b),
        _ => panic!("no int operation {op}"),
    })
}

fn float_binary(op: &str, a: f64, b: f64) -> Result<Out, NumberError> {
    Ok(match op {
        "add" => Out::Float(a + b),
        "sub" => Out::Float(a - b),
        "mul" => Out::Float(a * b),
        "truediv" => Out::Float(float::div(a, b)?),
        "floordiv" => Out::Float(float::floor_div(a, b)?),
        "mod" => Out::Float(float::modulo(a, b)?),
        "divmod" => {
            let (quotient, remainder) = float::divmod(a, b)?;
            Out::pair(Out::Float(quotient), Out::Float(remainder))
        }
        "pow" => match float::pow(a, b)? {
            FloatPow::Float(value) => Out::Float(value),
            FloatPow::Complex => Out::Complex,
        },
        _ => panic!("no float operation {op}"),
    })
}

fn unary(op: &str, value: V) -> Result<Out, NumberError> {
    // Conversions from text first.
    match (op, value) {
        ("int", V::S(text)) => return Int::parse(text, 10, DEFAULT_MAX_STR_DIGITS).map(Out::Int),
        ("int", V::Y(data)) => {
            return Int::parse_bytes(data, 10, DEFAULT_MAX_STR_DIGITS).map(Out::Int)
        }
        ("float", V::S(text)) => return float::parse(text).map(Out::Float),
        ("float", V::Y(data)) => return float::parse_bytes(data).map(Out::Float),
        ("fromhex", V::S(text)) => return float::from_hex(text).map(Out::Float),
        _ => {}
    }
    Ok(match num(value) {
        Num::Int(value, is_bool) => match op {
            "neg" => Out::Int(-&value),
            "pos" | "round" | "int" | "trunc" | "floor" | "ceil" => Out::Int(value),
            "abs" => Out::Int(value.abs()),
            "invert" => Out::Int(!&value),
            "bit_length" => Out::Int(Int::from(value.bit_length())),
            "bit_count" => Out::Int(Int::from(value.bit_count())),
            "hash" => Out::Int(Int::from(value.py_hash())),
            "float" => Out::Float(value.to_f64()?),
            "str" if is_bool => Out::Bool(!value.is_zero()),
            "str" => Out::Text(value.to_decimal_string(DEFAULT_MAX_STR_DIGITS)?),
            "bin" => Out::Text(value.to_prefixed_str(2)),
            "oct" => Out::Text(value.to_prefixed_str(8)),
            "hex" => Out::Text(value.to_prefixed_str(16)),
            _ => panic!("no int operation {op}"),
        },
        Num::Float(value) => match op {
            "neg" => Out::Float(-value),
            "pos" | "float" => Out::Float(value),
            "abs" => Out::Float(value.abs()),
            "hash" => Out::Int(Int::from(hash_float(value).expect("NaN has no fixed hash"))),
            "str" => Out::Text(python_float_repr(value)),
            "round" => Out::Int(float::round(value)?),
            "int" | "trunc" => Out::Int(float::trunc(value)?),
            "floor" => Out::Int(float::floor(value)?),
            "ceil" => Out::Int(float::ceil(value)?),
            "is_integer" => Out::Bool(float::is_integer(value)),
            "as_integer_ratio" => {
                let (numerator, denominator) = float::as_integer_ratio(value)?;
                Out::pair(Out::Int(numerator), Out::Int(denominator))
            }
            "float_hex" => Out::Text(float::to_hex(value)),
            _ => panic!("no float operation {op}"),
        },
    })
}

/// A base operand as `int()` receives it (any value outside `u32` is as
/// invalid as 37).
fn base(value: V) -> u32 {
    int_operand(value)
        .to_i64()
        .and_then(|base| u32::try_from(base).ok())
        .unwrap_or(u32::MAX)
}

fn limit(value: V) -> usize {
    int_operand(value)
        .to_i64()
        .and_then(|limit| usize::try_from(limit).ok())
        .expect("a limit")
}

fn evaluate(op: &str, args: &[V]) -> Result<Out, NumberError> {
    match (op, args) {
        ("int_base", &[V::S(text), b]) => {
            Int::parse(text, base(b), DEFAULT_MAX_STR_DIGITS).map(Out::Int)
        }
        ("int_base", &[V::Y(data), b]) => {
            Int::parse_bytes(data, base(b), DEFAULT_MAX_STR_DIGITS).map(Out::Int)
        }
        ("int_base_limit", &[V::S(text), b, l]) => {
            Int::parse(text, base(b), limit(l)).map(Out::Int)
        }
        ("str_limit", &[value, l]) => int_operand(value)
            .to_decimal_string(limit(l))
            .map(Out::Text),
        ("round2", &[value, ndigits]) => match num(value) {
            Num::Int(value, _) => Ok(Out::Int(value.round(&int_operand(ndigits)))),
            Num::Float(value) => float::round_digits(value, &int_operand(ndigits)).map(Out::Float),
        },
        ("pow3", &[a, b, m]) => int_operand(a)
            .pow_mod(&int_operand(b), &int_operand(m))
            .map(Out::Int),
        (_, &[value]) => unary(op, value),
        (_, &[a, b]) => binary(op, a, b),
        _ => panic!("no operation {op} on {} operands", args.len()),
    }
}

fn result_text(result: Result<Out, NumberError>) -> String {
    match result {
        Ok(out) => out.text(),
        Err(error) => format!("!{}: {error}", error.exception_class().name()),
    }
}

#[test]
fn the_table_is_large() {
    assert!(
        cases::CASES.len() >= 400,
        "re-run scripts/record_number_cases.py"
    );
}

#[test]
fn results_match_cpython() {
    let mut failures = Vec::new();
    for &(op, args, expected) in cases::CASES {
        let actual = result_text(evaluate(op, args));
        if actual != expected {
            let shorten = |text: &str| text.chars().take(300).collect::<String>();
            failures.push(format!(
                "{op}{args:?}\n   CPython: {}\n   pyvm:    {}",
                shorten(expected),
                shorten(&actual)
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

/// 2**70: multiplying by it moves an `i64` onto the big path exactly.
fn scale() -> Int {
    Int::from(BigInt::from(1) << 70u32)
}

/// Python's floor division and modulo, computed on `BigInt`s directly.
fn reference_divmod(a: i64, b: i64) -> (BigInt, BigInt) {
    let (a, b) = (BigInt::from(a), BigInt::from(b));
    let mut quotient = &a / &b;
    let mut remainder = &a % &b;
    if remainder != BigInt::from(0) && (remainder < BigInt::from(0)) != (b < BigInt::from(0)) {
        quotient -= 1;
        remainder += &b;
    }
    (quotient, remainder)
}

fn small_values() -> impl Strategy<Value = i64> {
    prop_oneof![
        any::<i64>(),
        -1000i64..1000,
        Just(i64::MIN),
        Just(i64::MAX),
        Just(i64::MIN + 1),
        Just(1i64 << 53),
    ]
}

proptest! {
    #[test]
    fn small_arithmetic_agrees_with_big(a in small_values(), b in small_values()) {
        let (x, y) = (Int::from(a), Int::from(b));
        let (big_a, big_b) = (BigInt::from(a), BigInt::from(b));
        prop_assert_eq!(&x + &y, Int::from(&big_a + &big_b));
        prop_assert_eq!(&x - &y, Int::from(&big_a - &big_b));
        prop_assert_eq!(&x * &y, Int::from(&big_a * &big_b));
        prop_assert_eq!(&x & &y, Int::from(&big_a & &big_b));
        prop_assert_eq!(&x | &y, Int::from(&big_a | &big_b));
        prop_assert_eq!(&x ^ &y, Int::from(&big_a ^ &big_b));
        prop_assert_eq!(-&x, Int::from(-&big_a));
        prop_assert_eq!(!&x, Int::from(-&big_a - 1));
        prop_assert_eq!(x.abs(), Int::from(if a < 0 { -&big_a } else { big_a.clone() }));
        prop_assert_eq!(x.cmp(&y), a.cmp(&b));
        if b != 0 {
            let (quotient, remainder) = reference_divmod(a, b);
            prop_assert_eq!(x.divmod(&y), Ok((Int::from(&quotient), Int::from(&remainder))));
            prop_assert_eq!(x.floor_div(&y), Ok(Int::from(quotient)));
            prop_assert_eq!(x.modulo(&y), Ok(Int::from(remainder)));
        }
    }

    #[test]
    fn small_and_big_paths_agree(a in small_values(), b in small_values()) {
        // Scaled by 2**70, the same operations run on the big path.
        let (x, y, k) = (Int::from(a), Int::from(b), scale());
        let (big_x, big_y) = (&x * &k, &y * &k);
        prop_assert_eq!(big_x.cmp(&big_y), x.cmp(&y));
        prop_assert_eq!(&(&big_x + &big_y) - &big_y, big_x.clone());
        if b != 0 {
            prop_assert_eq!(x.true_div(&y), big_x.true_div(&big_y));
            prop_assert_eq!(big_x.floor_div(&big_y), x.floor_div(&y));
            prop_assert_eq!(big_x.modulo(&big_y), x.modulo(&y).map(|r| &r * &k));
        }
        // float() of a big value is float() of the small one, scaled.
        prop_assert_eq!(big_x.to_f64(), x.to_f64().map(|f| f * 2f64.powi(70)));
        prop_assert_eq!(big_x.rshift(&Int::from(70)), Ok(x.clone()));
        prop_assert_eq!(x.lshift(&Int::from(70)), Ok(big_x.clone()));
        prop_assert_eq!(big_x.bit_length(), if a == 0 { 0 } else { x.bit_length() + 70 });
        prop_assert_eq!(big_x.bit_count(), x.bit_count());
        prop_assert_eq!(big_x.to_string(), (BigInt::from(a) << 70u32).to_string());
    }

    #[test]
    fn shifts_and_powers_agree(a in small_values(), count in 0i64..80, exponent in 0u32..5) {
        let x = Int::from(a);
        let big = BigInt::from(a);
        prop_assert_eq!(x.lshift(&Int::from(count)), Ok(Int::from(&big << count as u32)));
        prop_assert_eq!(x.rshift(&Int::from(count)), Ok(Int::from(&big >> count as u32)));
        prop_assert_eq!(
            x.pow(&Int::from(exponent)),
            Ok(IntPow::Int(Int::from(num_traits::Pow::pow(&big, exponent))))
        );
    }

    #[test]
    fn modular_powers_agree(a in small_values(), e in 0i64..1_000_000, m in small_values()) {
        prop_assume!(m != 0);
        let small = Int::from(a).pow_mod(&Int::from(e), &Int::from(m));
        let big = BigInt::from(a).modpow(&BigInt::from(e), &BigInt::from(m));
        prop_assert_eq!(small, Ok(Int::from(big)));
    }

    #[test]
    fn hashes_follow_the_value(a in small_values(), x in any::<f64>()) {
        let modulus = BigInt::from(HASH_MODULUS);
        let big = BigInt::from(a);
        let mut reference = (big.magnitude() % modulus.magnitude()).to_string().parse::<i64>().unwrap();
        if a < 0 { reference = -reference; }
        if reference == -1 { reference = -2; }
        prop_assert_eq!(Int::from(a).py_hash(), reference);
        prop_assert_eq!((&Int::from(a) * &scale()).py_hash(), Int::from(big << 70u32).py_hash());
        if x.is_finite() && x.trunc() == x {
            prop_assert_eq!(hash_float(x), Some(Int::from_f64(x).unwrap().py_hash()));
        }
    }

    #[test]
    fn text_round_trips(a in small_values(), radix in 2u32..=36) {
        for value in [Int::from(a), &Int::from(a) * &scale()] {
            let text = value.to_str_radix(radix);
            prop_assert_eq!(Int::parse(&text, radix, 0), Ok(value.clone()));
            prop_assert_eq!(value.to_decimal_string(DEFAULT_MAX_STR_DIGITS), Ok(value.to_string()));
        }
    }

    #[test]
    fn floats_compare_exactly_with_ints(x in any::<f64>()) {
        prop_assume!(x.is_finite());
        let whole = Int::from_f64(x.trunc()).unwrap();
        let above = &whole + &Int::ONE;
        let below = &whole - &Int::ONE;
        prop_assert_eq!(float::compare_int(x.trunc(), &whole), Some(Ordering::Equal));
        prop_assert_eq!(float::compare_int(x, &above), Some(Ordering::Less));
        prop_assert_eq!(float::compare_int(x, &below), Some(Ordering::Greater));
        prop_assert_eq!(float::parse(&python_float_repr(x)), Ok(x));
        prop_assert_eq!(float::from_hex(&float::to_hex(x)), Ok(x));
        let (numerator, denominator) = float::as_integer_ratio(x).unwrap();
        prop_assert_eq!(numerator.true_div(&denominator), Ok(x));
    }
}
