//! Text formatting against CPython 3.11: every `format(value, spec)` and
//! `format % args` case recorded by `scripts/record_format_cases.py` into
//! `format_cases/cases.rs`, result or exception class and message, exactly.

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pyvm_source::{python_float_repr, python_str_repr};
use pyvm_vm::format::{
    format_bool, format_complex, format_float, format_int, format_str, percent_format, FormatError,
    IntConversion, IntRef, PercentArg, PercentArgs, PercentValue,
};

#[rustfmt::skip]
#[path = "format_cases/cases.rs"]
mod cases;

/// `sys.get_int_max_str_digits()` by default, as the cases were recorded.
const MAX_STR_DIGITS: usize = 4300;

/// A value given to `%`, as the table writes it.
#[derive(Clone, Copy, Debug)]
enum V {
    /// An int, in decimal.
    Int(&'static str),
    Bool(bool),
    /// A float, by its `repr()`.
    Float(&'static str),
    Str(&'static str),
    /// A dict of str keys, with its `repr()`.
    Dict(&'static [(&'static str, V)], &'static str),
    /// Any other object: its type's name, `str()`, `repr()`, and what
    /// `int()`, `operator.index()` and `float()` give for it (`None` where
    /// CPython's `%` sees a `TypeError`).
    Obj {
        ty: &'static str,
        str: &'static str,
        repr: &'static str,
        int: Option<&'static str>,
        index: Option<&'static str>,
        float: Option<&'static str>,
    },
}

/// The right operand of `%`, as the table writes it.
#[derive(Clone, Copy, Debug)]
enum A {
    Tuple(&'static [V]),
    Single(V),
    Mapping(V),
}

/// A `%` argument as an object model would hand it over.
#[derive(Clone, Debug)]
struct Arg {
    value: V,
    int: Option<BigInt>,
}

impl Arg {
    fn new(value: V) -> Arg {
        let int = match value {
            V::Int(text) => Some(parse_int(text)),
            V::Bool(value) => Some(BigInt::from(value as u8)),
            _ => None,
        };
        Arg { value, int }
    }
}

/// An int in decimal, or in the table's short form `[-]10**N[±1]` for
/// the huge values that test the limit on decimal digits.
fn parse_int(text: &str) -> BigInt {
    let Some((base, exponent)) = text.split_once("**") else {
        return number(text);
    };
    let (exponent, offset) = match exponent.find(['+', '-']) {
        Some(at) => exponent.split_at(at),
        None => (exponent, "0"),
    };
    let (sign, base) = match base.strip_prefix('-') {
        Some(base) => (-1, base),
        None => (1, base),
    };
    let power = number::<BigInt>(base).pow(number::<u32>(exponent));
    sign * power + number::<BigInt>(offset)
}

fn number<T: std::str::FromStr>(text: &str) -> T {
    text.parse()
        .unwrap_or_else(|_| panic!("bad number in table: {text}"))
}

fn parse_float(text: &str) -> f64 {
    number(text)
}

/// A raised Python exception: class name and message.
#[derive(Debug, PartialEq)]
struct Raised {
    class: String,
    message: String,
}

impl From<FormatError> for Raised {
    fn from(error: FormatError) -> Self {
        Raised {
            class: error.exception_class().name().to_owned(),
            message: error.to_string(),
        }
    }
}

impl PercentArg for Arg {
    type Error = Raised;

    fn value(&self) -> PercentValue<'_> {
        match (self.value, &self.int) {
            (V::Int(_) | V::Bool(_), Some(int)) => match int.to_i64() {
                // Both representations are exercised.
                Some(small) => PercentValue::Int(IntRef::Small(small)),
                None => PercentValue::Int(IntRef::Big(int)),
            },
            (V::Float(text), _) => PercentValue::Float(parse_float(text)),
            (V::Str(text), _) => PercentValue::Str(text),
            _ => PercentValue::Other,
        }
    }

    fn type_name(&self) -> String {
        match self.value {
            V::Int(_) => "int",
            V::Bool(_) => "bool",
            V::Float(_) => "float",
            V::Str(_) => "str",
            V::Dict(..) => "dict",
            V::Obj { ty, .. } => ty,
        }
        .to_owned()
    }

    fn str(&self) -> Result<String, Raised> {
        Ok(match self.value {
            V::Str(text) => text.to_owned(),
            V::Bool(value) => if value { "True" } else { "False" }.to_owned(),
            V::Obj { str, .. } => str.to_owned(),
            _ => self.repr()?,
        })
    }

    fn repr(&self) -> Result<String, Raised> {
        Ok(match self.value {
            V::Int(text) => text.to_owned(),
            V::Bool(value) => if value { "True" } else { "False" }.to_owned(),
            V::Float(text) => python_float_repr(parse_float(text)),
            V::Str(text) => python_str_repr(text),
            V::Dict(_, repr) | V::Obj { repr, .. } => repr.to_owned(),
        })
    }

    fn get_item(&self, key: &str) -> Result<Self, Raised> {
        let V::Dict(items, _) = self.value else {
            return Err(Raised {
                class: "TypeError".to_owned(),
                message: format!("no item {key:?} in this test value"),
            });
        };
        items
            .iter()
            .find(|(name, _)| *name == key)
            .map(|&(_, value)| Arg::new(value))
            .ok_or_else(|| Raised {
                class: "KeyError".to_owned(),
                message: python_str_repr(key),
            })
    }

    fn to_int(&self, conversion: IntConversion) -> Result<Option<BigInt>, Raised> {
        let V::Obj { int, index, .. } = self.value else {
            // A dict: no number.
            return Ok(None);
        };
        let text = match conversion {
            IntConversion::Int => int,
            IntConversion::Index => index,
        };
        Ok(text.map(parse_int))
    }

    fn to_float(&self) -> Result<Option<f64>, Raised> {
        let V::Obj { float, .. } = self.value else {
            return Ok(None);
        };
        Ok(float.map(parse_float))
    }
}

/// `(class, text)`: `("", result)` or the exception's class and message.
fn outcome<E: Into<Raised>>(result: Result<String, E>) -> (String, String) {
    match result {
        Ok(text) => (String::new(), text),
        Err(error) => {
            let raised = error.into();
            (raised.class, raised.message)
        }
    }
}

/// Panics listing the mismatches, if there are any.
fn report(failures: &[String], total: usize) {
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ from CPython:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn format_matches_cpython() {
    let mut failures = Vec::new();
    for &(kind, value, spec, class, expected) in cases::FORMAT {
        let got = match kind {
            "str" => outcome(format_str(value, spec)),
            "int" => {
                let big = parse_int(value);
                let got = outcome(format_int(&big, spec, MAX_STR_DIGITS));
                if let Some(small) = big.to_i64() {
                    let small = outcome(format_int(small, spec, MAX_STR_DIGITS));
                    assert_eq!(
                        small, got,
                        "i64 and BigInt differ: format({value}, {spec:?})"
                    );
                }
                got
            }
            "bool" => outcome(format_bool(value == "True", spec)),
            "float" => outcome(format_float(parse_float(value), spec)),
            "complex" => {
                let (real, imag) = value.split_once(',').unwrap_or((value, "0.0"));
                outcome(format_complex(parse_float(real), parse_float(imag), spec))
            }
            _ => panic!("unknown type in table: {kind}"),
        };
        if got != (class.to_owned(), expected.to_owned()) {
            failures.push(format!(
                "format({kind} {value}, {spec:?}): got {got:?}, CPython ({class:?}, {expected:?})"
            ));
        }
    }
    report(&failures, cases::FORMAT.len());
}

#[test]
fn percent_matches_cpython() {
    let mut failures = Vec::new();
    for &(format, args, class, expected) in cases::PERCENT {
        let got = match args {
            A::Tuple(items) => {
                let items: Vec<Arg> = items.iter().map(|&value| Arg::new(value)).collect();
                outcome(percent_format(
                    format,
                    PercentArgs::Tuple(&items),
                    MAX_STR_DIGITS,
                ))
            }
            A::Single(value) => outcome(percent_format(
                format,
                PercentArgs::Single(&Arg::new(value)),
                MAX_STR_DIGITS,
            )),
            A::Mapping(value) => outcome(percent_format(
                format,
                PercentArgs::Mapping(&Arg::new(value)),
                MAX_STR_DIGITS,
            )),
        };
        if got != (class.to_owned(), expected.to_owned()) {
            failures.push(format!(
                "{format:?} % {args:?}: got {got:?}, CPython ({class:?}, {expected:?})"
            ));
        }
    }
    report(&failures, cases::PERCENT.len());
}

#[test]
fn lone_surrogates_are_reported() {
    // CPython returns '\ud800'; a Rust string cannot hold it.
    assert_eq!(
        format_int(0xD800, "c", MAX_STR_DIGITS),
        Err(FormatError::Surrogate(0xD800))
    );
    let args = [Arg::new(V::Int("57343"))];
    assert_eq!(
        percent_format("%c", PercentArgs::Tuple(&args), MAX_STR_DIGITS),
        Err(FormatError::Surrogate(0xDFFF).into())
    );
}

#[test]
fn subclass_names_replace_the_type_name() {
    let error = format_float(1.5, "x").map_err(|e| e.with_type_name("MyFloat"));
    assert_eq!(
        error.map_err(|e| e.to_string()),
        Err("Unknown format code 'x' for object of type 'MyFloat'".to_owned())
    );
}
