//! `format(float, spec)` and `format(complex, spec)`: CPython's
//! `format_float_internal` and `format_complex_internal`.

use pyvm_source::{python_complex_repr, python_float_repr};

use super::float_string::{double_to_string, FloatFlags};
use super::layout::{write_number, write_padded, Locale, Number};
use super::spec::{Align, FormatSpec, Sign};
use super::FormatError;

/// `format(value, spec)` for a `float`: types `e E f F g G n %`, and none
/// (`repr()`'s shortest digits, or with a precision `g` keeping at least
/// one digit after the point). Rounding is of the exact binary value:
/// `format(2.675, '.2f')` is `'2.67'`.
pub fn format_float(value: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(python_float_repr(value));
    }
    let spec = FormatSpec::parse(spec, None, Align::Right, "float")?;
    match spec.ty {
        None | Some('\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_spec(value, &spec)
        }
        Some(code) => Err(FormatError::UnknownFormatCode {
            code,
            type_name: "float".to_owned(),
        }),
    }
}

/// CPython's `format_float_internal`.
pub(crate) fn format_float_spec(value: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    check_precision(spec)?;
    let mut flags = FloatFlags {
        alternate: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..FloatFlags::default()
    };
    let mut code = spec.code();
    let mut default_precision = 6;
    if code == '\0' {
        // Like repr() without a precision, else like 'g' with at least
        // one digit after the point.
        flags.add_dot_0 = true;
        code = 'r';
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let mut value = value;
    let percent = code == '%';
    if percent {
        code = 'f';
        value *= 100.0;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(precision) => {
            if code == 'r' {
                code = 'g';
            }
            precision
        }
    };
    let mut text = double_to_string(value, code, precision, flags);
    if percent {
        text.push('%');
    }
    let mut out = String::new();
    write_number(&mut out, &Number::parse(&text), spec, Locale::of(spec))?;
    Ok(out)
}

/// `format(complex(real, imag), spec)`: each part formatted as a float
/// (the imaginary one always signed), `j` appended, the whole padded;
/// without a type, parentheses around both parts as `str()` writes them,
/// or only the imaginary part when the real part is `+0.0`.
pub fn format_complex(real: f64, imag: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(python_complex_repr(real, imag));
    }
    let spec = FormatSpec::parse(spec, None, Align::Right, "complex")?;
    match spec.ty {
        None | Some('\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {
            format_complex_spec(real, imag, &spec)
        }
        Some(code) => Err(FormatError::UnknownFormatCode {
            code,
            type_name: "complex".to_owned(),
        }),
    }
}

/// CPython's `format_complex_internal`.
fn format_complex_spec(real: f64, imag: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    check_precision(spec)?;
    if spec.fill == '0' {
        return Err(FormatError::ComplexZeroPadding);
    }
    if spec.align == Align::AfterSign {
        return Err(FormatError::ComplexEqualsAlign);
    }
    let flags = FloatFlags {
        alternate: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..FloatFlags::default()
    };
    let mut code = spec.code();
    let mut default_precision = 6;
    let mut skip_real = false;
    let mut parentheses = false;
    if code == '\0' {
        code = 'r';
        default_precision = 0;
        if real == 0.0 && real.is_sign_positive() {
            skip_real = true;
        } else {
            parentheses = true;
        }
    }
    if code == 'n' {
        code = 'g';
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(precision) => {
            if code == 'r' {
                code = 'g';
            }
            precision
        }
    };
    let real_text = double_to_string(real, code, precision, flags);
    let imag_text = double_to_string(imag, code, precision, flags);
    // The parts are laid out without padding; the padding goes around
    // the whole.
    let mut part_spec = spec.clone();
    part_spec.fill = ' ';
    part_spec.align = Align::Left;
    part_spec.width = None;
    let locale = Locale::of(spec);
    let mut inner = String::new();
    if parentheses {
        inner.push('(');
    }
    if !skip_real {
        write_number(&mut inner, &Number::parse(&real_text), &part_spec, locale)?;
        part_spec.sign = Sign::Plus;
    }
    write_number(&mut inner, &Number::parse(&imag_text), &part_spec, locale)?;
    inner.push('j');
    if parentheses {
        inner.push(')');
    }
    let mut out = String::new();
    write_padded(&mut out, &inner, inner.chars().count(), spec)?;
    Ok(out)
}

/// CPython takes float precisions as a C `int`.
fn check_precision(spec: &FormatSpec) -> Result<(), FormatError> {
    match spec.precision {
        Some(precision) if precision > i32::MAX as usize => Err(FormatError::PrecisionTooBig),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats() {
        assert_eq!(format_float(2.675, ".2f").as_deref(), Ok("2.67"));
        assert_eq!(
            format_float(1e22, ".0f").as_deref(),
            Ok("10000000000000000000000")
        );
        assert_eq!(format_float(0.5, ".0f").as_deref(), Ok("0"));
        assert_eq!(format_float(1e16, "").as_deref(), Ok("1e+16"));
        assert_eq!(
            format_float(0.1, ".17g").as_deref(),
            Ok("0.10000000000000001")
        );
        assert_eq!(format_float(1.0, ".3").as_deref(), Ok("1.0"));
        assert_eq!(format_float(-0.0, "z").as_deref(), Ok("0.0"));
        assert_eq!(
            format_float(f64::INFINITY, "010").as_deref(),
            Ok("0000000inf")
        );
        assert_eq!(
            format_float(1234.5, "011,.2f").as_deref(),
            Ok("0,001,234.50")
        );
        assert_eq!(format_float(0.25, ".1%").as_deref(), Ok("25.0%"));
    }

    #[test]
    fn complexes() {
        assert_eq!(format_complex(1.0, 2.0, "").as_deref(), Ok("(1+2j)"));
        assert_eq!(format_complex(0.0, 2.0, ">6").as_deref(), Ok("    2j"));
        assert_eq!(
            format_complex(1.0, -2.0, ".2f").as_deref(),
            Ok("1.00-2.00j")
        );
        assert_eq!(
            format_complex(1.0, 2.0, "05"),
            Err(FormatError::ComplexZeroPadding)
        );
    }
}
