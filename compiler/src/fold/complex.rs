//! `complex` arithmetic as CPython's `Objects/complexobject.c` computes
//! it, operation for operation, so results match to the last bit
//! (`_Py_c_prod`, Smith's division in `_Py_c_quot`, `c_powi` by repeated
//! squaring for small integer exponents, `_Py_c_pow` otherwise).
//!
//! `//` and `%` are TypeErrors on complex numbers and are never folded.

/// A complex value: CPython's `Py_complex`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Complex {
    pub re: f64,
    pub im: f64,
}

const ONE: Complex = Complex { re: 1.0, im: 0.0 };

/// Division by a zero complex, or zero to a negative or complex power:
/// CPython's `errno = EDOM`, raised as ZeroDivisionError.
struct DomainError;

impl Complex {
    pub(super) fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }
}

/// `a + b` (`_Py_c_sum`).
pub(super) fn add(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re + b.re, a.im + b.im)
}

/// `a - b` (`_Py_c_diff`).
pub(super) fn sub(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re - b.re, a.im - b.im)
}

/// `a * b` (`_Py_c_prod`): never raises, infinities and NaNs propagate.
pub(super) fn mul(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `a / b` (`complex_div`); `None` for division by zero.
pub(super) fn div(a: Complex, b: Complex) -> Option<Complex> {
    quot(a, b).ok()
}

/// `_Py_c_quot`: Smith's algorithm, dividing through by the larger of
/// `b`'s parts.
fn quot(a: Complex, b: Complex) -> Result<Complex, DomainError> {
    let abs_re = b.re.abs();
    let abs_im = b.im.abs();
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(DomainError);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(Complex::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(Complex::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        // At least one of b's parts is a NaN.
        Ok(Complex::new(f64::NAN, f64::NAN))
    }
}

/// `a ** b` (`complex_pow`); `None` for ZeroDivisionError ("0.0 to a
/// negative or complex power") or OverflowError (an infinite part in the
/// result: `Py_ADJUST_ERANGE2`).
pub(super) fn pow(a: Complex, b: Complex) -> Option<Complex> {
    // CPython tests `b.real == (long)b.real`: an integral exponent that
    // fits a C long, of which `c_powi` only handles |n| <= 100 itself.
    let result = if b.im == 0.0 && b.re == b.re.trunc() && b.re.abs() <= 100.0 {
        powi(a, b.re as i64)
    } else {
        c_pow(a, b)
    };
    match result {
        Ok(value) if value.re.is_infinite() || value.im.is_infinite() => None,
        Ok(value) => Some(value),
        Err(DomainError) => None,
    }
}

/// `_Py_c_pow`: polar form through the C library's `hypot`, `pow`,
/// `atan2`, `exp`, `log`, `cos` and `sin` (which Rust's float methods
/// call).
fn c_pow(a: Complex, b: Complex) -> Result<Complex, DomainError> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(ONE);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(DomainError);
        }
        return Ok(Complex::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    if phase.is_infinite() {
        // The C library's cos and sin set errno to EDOM for an infinite
        // argument, which complex_pow reports as ZeroDivisionError.
        return Err(DomainError);
    }
    Ok(Complex::new(len * phase.cos(), len * phase.sin()))
}

/// `c_powi`: `x ** n` for an integral exponent with |n| <= 100.
fn powi(x: Complex, n: i64) -> Result<Complex, DomainError> {
    if n > 0 {
        Ok(powu(x, n))
    } else {
        quot(ONE, powu(x, -n))
    }
}

/// `c_powu`: binary exponentiation by repeated squaring, in CPython's
/// order of multiplications.
fn powu(x: Complex, n: i64) -> Complex {
    let mut result = ONE;
    let mut power = x;
    let mut mask = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            result = mul(result, power);
        }
        mask <<= 1;
        power = mul(power, power);
    }
    result
}
