//! The Mersenne Twister behind `random.Random`: MT19937 seeded and drawn
//! from exactly as CPython's `Modules/_randommodule.c`, so a seed gives
//! the same sequence in both.

use num_bigint::{BigInt, BigUint, Sign};

use crate::number::Int;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// An MT19937 generator's state.
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Default for Mt19937 {
    fn default() -> Self {
        let mut generator = Mt19937 {
            state: [0; N],
            index: N + 1,
        };
        generator.init_genrand(19_650_218);
        generator
    }
}

impl Mt19937 {
    /// `init_genrand`: the state from one 32-bit word.
    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let previous = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(previous ^ (previous >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`: the state from a key of 32-bit words.
    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let previous = mt[i - 1];
            mt[i] = (mt[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let previous = mt[i - 1];
            mt[i] = (mt[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    /// `random_seed` for an int: the key is the 32-bit words of its
    /// absolute value, least significant first (`[0]` for zero).
    pub fn seed_int(&mut self, seed: &Int) {
        let magnitude: BigUint = seed.to_bigint().magnitude().clone();
        let mut key = magnitude.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    /// `genrand_uint32`: the next 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        let mag01 = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        if self.index >= N {
            let mt = &mut self.state;
            for k in 0..N - M {
                let y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
                mt[k] = mt[k + M] ^ (y >> 1) ^ mag01(y);
            }
            for k in N - M..N - 1 {
                let y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
                mt[k] = mt[k + M - N] ^ (y >> 1) ^ mag01(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random()`: a float in [0, 1) from 53 random bits (two draws).
    pub fn random(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`: an int of `k` random bits, built from 32-bit
    /// draws least significant first.
    pub fn getrandbits(&mut self, bits: u64) -> Int {
        if bits == 0 {
            return Int::ZERO;
        }
        if bits <= 32 {
            return Int::from(self.next_u32() >> (32 - bits));
        }
        let mut words = Vec::with_capacity(((bits - 1) / 32 + 1) as usize);
        let mut left = bits;
        while left > 0 {
            let mut word = self.next_u32();
            if left < 32 {
                word >>= 32 - left;
            }
            words.push(word);
            left = left.saturating_sub(32);
        }
        Int::from(BigInt::from_biguint(Sign::Plus, BigUint::new(words)))
    }

    /// `_randbelow_with_getrandbits(n)`: a uniform int in [0, n), n > 0.
    pub fn randbelow(&mut self, n: &Int) -> Int {
        let bits = n.bit_length();
        loop {
            let candidate = self.getrandbits(bits);
            if &candidate < n {
                return candidate;
            }
        }
    }

    /// [`Mt19937::randbelow`] for a small bound.
    pub fn randbelow_usize(&mut self, n: usize) -> usize {
        let drawn = self.randbelow(&Int::from(n));
        drawn.to_i64().unwrap_or(0) as usize
    }

    /// A seed from the operating system's randomness (`random.seed()`),
    /// or from the time and process id where there is none.
    pub fn seed_from_os(&mut self) {
        let mut bytes = vec![0u8; N * 4];
        let read = std::fs::File::open("/dev/urandom")
            .and_then(|mut file| std::io::Read::read_exact(&mut file, &mut bytes));
        if read.is_err() {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            let key = [
                now as u32,
                (now >> 32) as u32,
                (now >> 64) as u32,
                std::process::id(),
            ];
            self.init_by_array(&key);
            return;
        }
        let key: Vec<u32> = bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        self.init_by_array(&key);
    }

    /// `getstate()`'s words and position.
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// `setstate()`.
    pub fn set_state(&mut self, words: [u32; N], index: usize) {
        self.state = words;
        self.index = index.min(N);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython_for_seed_42() {
        let mut generator = Mt19937::default();
        generator.seed_int(&Int::from(42));
        // random.seed(42); random.random()
        assert_eq!(generator.random(), 0.6394267984578837);
    }
}
