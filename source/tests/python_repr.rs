//! Python `repr()` of floats, complexes, bytes and surrogate strings,
//! against values recorded from CPython 3.11 (see
//! `scripts/record_python_repr_cases.py`).

use pyvm_source::{
    python_bytes_repr, python_code_points_repr, python_complex_repr, python_float_repr,
};

include!("python_repr/cases.rs");

#[test]
fn float_repr_matches_cpython() {
    for &(bits, expected) in FLOATS {
        let value = f64::from_bits(bits);
        assert_eq!(
            python_float_repr(value),
            expected,
            "{value:e} (0x{bits:016x})"
        );
    }
}

#[test]
fn complex_repr_matches_cpython() {
    for &(real, imag, expected) in COMPLEXES {
        let (real, imag) = (f64::from_bits(real), f64::from_bits(imag));
        assert_eq!(
            python_complex_repr(real, imag),
            expected,
            "{real:e} {imag:e}"
        );
    }
}

#[test]
fn bytes_repr_matches_cpython() {
    for &(bytes, expected) in BYTES {
        assert_eq!(python_bytes_repr(bytes), expected, "{bytes:?}");
    }
}

#[test]
fn code_points_repr_matches_cpython() {
    for &(code_points, expected) in CODE_POINTS {
        assert_eq!(
            python_code_points_repr(code_points),
            expected,
            "{code_points:x?}"
        );
    }
}

#[test]
fn float_repr_edge_cases() {
    // The same CPython values, spelled out for readers.
    let cases = [
        (1e16, "1e+16"),
        (1e15, "1000000000000000.0"),
        (1e-5, "1e-05"),
        (1e-4, "0.0001"),
        (0.1, "0.1"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (-0.0, "-0.0"),
        (123456789012345678.0, "1.2345678901234568e+17"),
        (1.5e300, "1.5e+300"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
    ];
    for (value, expected) in cases {
        assert_eq!(python_float_repr(value), expected);
    }
}
