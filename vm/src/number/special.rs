//! Special functions of `math` computed as CPython 3.11 on x86-64 Linux
//! computes them, so results agree to the last bit: `gamma` and `lgamma`
//! are CPython's own Lanczos approximations (`m_tgamma`, `m_lgamma` in
//! `mathmodule.c`), `cbrt` is glibc's (which CPython calls), and
//! `nextafter`/`ulp` follow C99 and `math_ulp_impl`.

// The constants are written digit for digit as in CPython's and glibc's
// sources, so they can be checked against them.
#![allow(clippy::excessive_precision)]

use std::f64::consts::PI;

/// Why a special function has no float result: CPython raises
/// `ValueError('math domain error')` or `OverflowError('math range
/// error')`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MathError {
    /// The argument is outside the function's domain (`EDOM`).
    Domain,
    /// The result is too large for a float (`ERANGE`).
    Range,
}

/// The Lanczos parameter `g` of CPython's approximation.
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
/// `LANCZOS_G - 0.5`, exactly.
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
/// The numerator coefficients of the Lanczos sum.
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator coefficients of the Lanczos sum.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
/// `log(pi)`.
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// CPython's `lanczos_sum` for `x > 0`.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for (n, d) in LANCZOS_NUM.iter().zip(LANCZOS_DEN).rev() {
            num = num * x + n;
            den = den * x + d;
        }
    } else {
        for (n, d) in LANCZOS_NUM.iter().zip(LANCZOS_DEN) {
            num = num / x + n;
            den = den / x + d;
        }
    }
    num / den
}

/// `sin(pi * x)` for finite `x`, accurate near the integers
/// (CPython's `m_sinpi`).
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    r.copysign(x)
}

/// `math.gamma(x)`, as CPython's `m_tgamma`.
pub fn gamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathError::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= 23.0 {
            return Ok((1..x as u64).map(|i| i as f64).product());
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(MathError::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // Compute y - absx - (g - 0.5) without losing the low bits.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r / y.powf(absx - 0.5)
        } else {
            let half_power = y.powf(absx / 2.0 - 0.25);
            r / half_power / half_power
        }
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r * y.powf(absx - 0.5)
        } else {
            let half_power = y.powf(absx / 2.0 - 0.25);
            r * half_power * half_power
        }
    };
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// `math.lgamma(x)`, as CPython's `m_lgamma`.
pub fn lgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// The cube root as glibc's `cbrt` computes it (a polynomial guess and
/// one Halley step), which is what CPython returns: `cbrt(27.0)` is
/// `3.0000000000000004`, not Rust's correctly rounded `3.0`.
pub fn cbrt(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = frexp(x.abs());
    let u = 0.354_895_765_043_919_86
        + (1.508_191_937_815_848_96
            + (-2.114_994_941_673_712_87
                + (2.446_931_225_635_344_3
                    + (-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    // C's `%` and `/` truncate towards zero, as these do.
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    let ym = if x > 0.0 { ym } else { -ym };
    ym * 2f64.powi(xe / 3)
}

/// C's `frexp`: a mantissa in `[0.5, 1)` and the power of two, for a
/// finite non-zero `x`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // Subnormals are scaled into the normal range first.
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exponent + adjust)
}

/// C99's `nextafter`: the next float after `x` towards `y`.
pub fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    // Away from zero when moving in the direction of x's sign.
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

/// `math.ulp(x)`: the value of the least significant bit of `x`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let next = next_after(x, f64::INFINITY);
    if next.is_infinite() {
        return x - next_after(x, f64::NEG_INFINITY);
    }
    next - x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cbrt_matches_glibc() {
        assert_eq!(cbrt(27.0), 3.0000000000000004);
        assert_eq!(cbrt(8.0), 2.0);
        assert_eq!(cbrt(-27.0), -3.0000000000000004);
    }

    #[test]
    fn gamma_and_lgamma_match_cpython() {
        assert_eq!(gamma(5.0), Ok(24.0));
        assert_eq!(gamma(0.5), Ok(1.7724538509055159));
        assert_eq!(gamma(-1.0), Err(MathError::Domain));
        assert_eq!(gamma(172.0), Err(MathError::Range));
        assert_eq!(lgamma(5.0), Ok(3.178053830347945));
        assert_eq!(lgamma(0.0), Err(MathError::Domain));
    }

    #[test]
    fn next_after_and_ulp() {
        assert_eq!(next_after(1.0, 2.0), 1.0000000000000002);
        assert_eq!(next_after(0.0, -1.0), -5e-324);
        assert_eq!(ulp(1.0), f64::EPSILON);
        assert_eq!(ulp(f64::MAX), 1.99584030953472e292);
    }
}
