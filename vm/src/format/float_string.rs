//! A float as text in one of the `e f g r` styles: CPython's
//! `PyOS_double_to_string` and its `format_float_short`
//! (Python/pystrtod.c), which both `format()` and `%` use.

use std::fmt::Write;

use super::digits::{self, Digits};

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FloatFlags {
    /// `Py_DTSF_SIGN`: a `+` on non-negative values.
    pub(crate) sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: `.0` on integral values in positional form.
    pub(crate) add_dot_0: bool,
    /// `Py_DTSF_ALT`: keep the decimal point (and, for `g`, trailing zeros).
    pub(crate) alternate: bool,
    /// `Py_DTSF_NO_NEG_0`: no `-` when the rounded digits are all zero.
    pub(crate) no_neg_0: bool,
}

/// `value` formatted with `code` (`e E f F g G`, or `r` for the shortest
/// digits, where `precision` is ignored) to `precision` digits.
pub(crate) fn double_to_string(
    value: f64,
    code: char,
    precision: usize,
    flags: FloatFlags,
) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !value.is_finite() {
        // As CPython, a NaN's sign is never shown.
        if value.is_sign_negative() && value.is_infinite() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let text = if value.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            text.to_ascii_uppercase()
        } else {
            text.to_owned()
        });
        return out;
    }
    // The digit count `_Py_dg_dtoa` is asked for.
    let precision = match code {
        'e' => precision.saturating_add(1),
        'g' => precision.max(1),
        _ => precision,
    };
    let magnitude = value.abs();
    let rounded = match code {
        'f' => digits::fixed(magnitude, precision),
        'e' | 'g' => digits::significant(magnitude, precision),
        _ => digits::shortest(magnitude),
    };
    let negative = value.is_sign_negative() && !(flags.no_neg_0 && rounded.is_zero());
    let Digits { digits, decpt } = rounded;
    let precision = precision as i64;
    let digits_len = digits.len() as i64;
    let mut decpt = decpt;

    // The output is the slice vdigits[vdigits_start..vdigits_end] of the
    // digits padded with zeros on both sides, with the decimal point
    // before vdigits[decpt], as in `format_float_short`.
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alternate {
                vdigits_end = precision;
            }
        }
        // 'r': exponent form from 1e16 on.
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let zeros = |out: &mut String, count: i64| {
        out.extend(std::iter::repeat_n('0', count.max(0) as usize));
    };
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        write!(out, "{exp:+03}").unwrap_or(());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(value: f64, code: char, precision: usize) -> String {
        double_to_string(value, code, precision, FloatFlags::default())
    }

    #[test]
    fn styles() {
        assert_eq!(plain(1.5, 'f', 3), "1.500");
        assert_eq!(plain(1.5, 'e', 2), "1.50e+00");
        assert_eq!(plain(1e-5, 'g', 6), "1e-05");
        assert_eq!(plain(123456789.0, 'g', 6), "1.23457e+08");
        assert_eq!(plain(1e300, 'E', 0), "1E+300");
        assert_eq!(plain(0.0001, 'r', 0), "0.0001");
        assert_eq!(plain(f64::NEG_INFINITY, 'F', 2), "-INF");
        assert_eq!(plain(-f64::NAN, 'f', 2), "nan");
    }

    #[test]
    fn flags() {
        let repr = FloatFlags {
            add_dot_0: true,
            ..FloatFlags::default()
        };
        assert_eq!(double_to_string(1e16, 'r', 0, repr), "1e+16");
        assert_eq!(double_to_string(2.0, 'r', 0, repr), "2.0");
        let alt = FloatFlags {
            alternate: true,
            ..FloatFlags::default()
        };
        assert_eq!(double_to_string(1.0, 'g', 6, alt), "1.00000");
        assert_eq!(double_to_string(1.0, 'f', 0, alt), "1.");
        let no_neg_0 = FloatFlags {
            no_neg_0: true,
            ..FloatFlags::default()
        };
        assert_eq!(double_to_string(-0.0001, 'f', 2, no_neg_0), "0.00");
        assert_eq!(double_to_string(-0.01, 'f', 2, no_neg_0), "-0.01");
    }
}
