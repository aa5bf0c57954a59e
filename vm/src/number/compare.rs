//! Comparing a float with an int exactly, as CPython's `float_richcompare`:
//! no rounding of either side, so `1e20 == 10**20` and `2.0**53 + 1` (an
//! int) is greater than the float `2.0**53`.

use std::cmp::Ordering;

use super::Int;

/// How `value` compares with `int`, exactly; `None` when `value` is NaN
/// (then `==` is false, `!=` true, and every ordering false).
pub fn compare_int(value: f64, int: &Int) -> Option<Ordering> {
    if value.is_nan() {
        return None;
    }
    if value.is_infinite() {
        return Some(if value > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Int::Small(small) = int {
        // Exactly representable: the float comparison is exact.
        if super::exact_in_f64(*small) {
            return value.partial_cmp(&(*small as f64));
        }
    }
    // Compare the integral part exactly, then let the fraction decide.
    let whole = value.trunc();
    // A finite float always converts.
    let by_whole = Int::from_f64(whole).ok()?.cmp(int);
    Some(by_whole.then(if value > whole {
        Ordering::Greater
    } else if value < whole {
        Ordering::Less
    } else {
        Ordering::Equal
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    #[test]
    fn exact_comparisons() {
        let two_53_plus_1 = Int::from((1i64 << 53) + 1);
        assert_eq!(
            compare_int(9007199254740992.0, &two_53_plus_1),
            Some(Ordering::Less)
        );
        let ten_20 = Int::from("100000000000000000000".parse::<BigInt>().unwrap());
        assert_eq!(compare_int(1e20, &ten_20), Some(Ordering::Equal));
        assert_eq!(compare_int(-2.5, &Int::from(-2)), Some(Ordering::Less));
        assert_eq!(
            compare_int(f64::NEG_INFINITY, &ten_20),
            Some(Ordering::Less)
        );
        assert_eq!(compare_int(f64::NAN, &Int::ZERO), None);
        assert_eq!(compare_int(-0.0, &Int::ZERO), Some(Ordering::Equal));
    }
}
