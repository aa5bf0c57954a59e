//! The stable JSON form of a tree (serde).
//!
//! Every node is an object whose `"_type"` is CPython's class name,
//! followed by its fields under CPython's names and, for nodes with a
//! position, `"span": [start, end]` in bytes. Optional fields are `null`
//! when absent. The field-less kinds (`ExprContext`, operators,
//! `Conversion`) are plain strings (`"Load"`, `"Add"`, `"Repr"`);
//! `is_async` and `simple` are booleans. A [`crate::Constant`] is
//! `{"_type": "Int", "value": 1}` (no `"value"` for `None` and
//! `Ellipsis`); an int outside the `i64` range is a string of decimal
//! digits, and an infinite or NaN float is the string `"inf"`, `"-inf"` or
//! `"nan"`.

use crate::Mod;

/// The tree as compact JSON (see the module documentation for the form).
pub fn to_json(node: &Mod) -> String {
    // Serialising these types cannot fail: no map has non-string keys.
    serde_json::to_string(node).unwrap_or_default()
}

/// The tree as indented JSON.
pub fn to_json_pretty(node: &Mod) -> String {
    serde_json::to_string_pretty(node).unwrap_or_default()
}

/// The tree read back from [`to_json`]'s form.
///
/// Fails with a clear error, instead of overflowing the stack, on JSON
/// nested more than 128 levels deep (`serde_json`'s limit): about 120
/// nested expressions, such as a sum of 120 terms, or 60 nested blocks.
pub fn from_json(json: &str) -> Result<Mod, serde_json::Error> {
    serde_json::from_str(json)
}

/// `Span` as the two-element array `[start, end]`.
pub(crate) mod span_serde {
    use pyvm_source::Span;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub(crate) fn serialize<S: Serializer>(span: &Span, serializer: S) -> Result<S::Ok, S::Error> {
        [span.start, span.end].serialize(serializer)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Span, D::Error> {
        let [start, end] = <[u32; 2]>::deserialize(deserializer)?;
        Ok(Span::new(start, end))
    }
}

/// `f64` as a JSON number, or `"inf"`, `"-inf"`, `"nan"` (which JSON
/// numbers cannot hold).
pub(crate) mod float_serde {
    use serde::de::{self, Visitor};
    use serde::{Deserializer, Serializer};
    use std::fmt;

    pub(crate) fn serialize<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
        if value.is_finite() {
            serializer.serialize_f64(*value)
        } else if value.is_nan() {
            serializer.serialize_str("nan")
        } else if *value > 0.0 {
            serializer.serialize_str("inf")
        } else {
            serializer.serialize_str("-inf")
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
        deserializer.deserialize_any(FloatVisitor)
    }

    struct FloatVisitor;

    impl Visitor<'_> for FloatVisitor {
        type Value = f64;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a number, \"inf\", \"-inf\" or \"nan\"")
        }

        fn visit_f64<E: de::Error>(self, value: f64) -> Result<f64, E> {
            Ok(value)
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<f64, E> {
            Ok(value as f64)
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<f64, E> {
            Ok(value as f64)
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<f64, E> {
            match value {
                "inf" => Ok(f64::INFINITY),
                "-inf" => Ok(f64::NEG_INFINITY),
                "nan" => Ok(f64::NAN),
                _ => Err(E::invalid_value(de::Unexpected::Str(value), &self)),
            }
        }
    }
}

/// `Int` as a JSON number when it is small, else a string of decimal
/// digits (`#[serde(with = "int_serde")]`).
pub(crate) mod int_serde {
    use num_bigint::BigInt;
    use serde::de::{self, Visitor};
    use serde::{Deserializer, Serializer};
    use std::fmt;

    use crate::Int;

    pub(crate) fn serialize<S: Serializer>(value: &Int, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Int::Small(value) => serializer.serialize_i64(*value),
            Int::Big(value) => serializer.serialize_str(&value.to_string()),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Int, D::Error> {
        deserializer.deserialize_any(IntVisitor)
    }

    struct IntVisitor;

    impl Visitor<'_> for IntVisitor {
        type Value = Int;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an integer or a string of decimal digits")
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<Int, E> {
            Ok(Int::Small(value))
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<Int, E> {
            Ok(Int::from_bigint(BigInt::from(value)))
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<Int, E> {
            value
                .parse::<BigInt>()
                .map(Int::from_bigint)
                .map_err(|_| E::invalid_value(de::Unexpected::Str(value), &self))
        }
    }
}
