//! `range` data.

use crate::number::Int;

/// The bounds of a `range`: `start`, `stop` and a non-zero `step`.
pub struct Range {
    /// The first value.
    pub start: Int,
    /// The bound, excluded.
    pub stop: Int,
    /// The step, never zero.
    pub step: Int,
}

impl Range {
    /// How many values it yields.
    pub fn len(&self) -> Int {
        if let (Int::Small(start), Int::Small(stop), Int::Small(step)) =
            (&self.start, &self.stop, &self.step)
        {
            // In `i128`, where no difference of two `i64`s overflows.
            let (start, stop, step) = (i128::from(*start), i128::from(*stop), i128::from(*step));
            let (low, high, step) = if step > 0 {
                (start, stop, step)
            } else {
                (stop, start, -step)
            };
            let len = if low >= high {
                0
            } else {
                (high - low - 1) / step + 1
            };
            if let Ok(len) = i64::try_from(len) {
                return Int::Small(len);
            }
        }
        let zero = Int::ZERO;
        let (low, high, step) = if self.step > zero {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if low >= high {
            return zero;
        }
        // (high - low - 1) // step + 1
        let span = &(high - low) - &Int::ONE;
        &span.floor_div(&step).unwrap_or(Int::ZERO) + &Int::ONE
    }

    /// The value at position `index` (0 ≤ index < len).
    pub fn item(&self, index: &Int) -> Int {
        &self.start + &(index * &self.step)
    }
}
