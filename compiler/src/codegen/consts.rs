//! The constant table of a code object under construction (CPython's
//! `u_consts` with `_PyCode_ConstantKey`).
//!
//! Constants compare as CPython's keys do: equal values of different types
//! (or floats with different bits) stay apart, and each code object is its
//! own constant. A constant of the tree is looked up as it is, without
//! being copied into a [`Constant`] first: most constants a function loads
//! are already in its table, and copying a string just to find it there
//! would cost an allocation. Most code objects have a few constants: those
//! are searched in order, which is quicker than hashing; past a few, a hash
//! index over the same vector takes over, so the vector goes to the code
//! object as it is.

use std::hash::{BuildHasher, Hash, Hasher};
use std::sync::Arc;

use pyvm_ast::Constant as AstConstant;
use pyvm_bytecode::Constant;
use rustc_hash::FxBuildHasher;

use super::unit::HashIndex;

/// The constants, in `co_consts` order; past a few, indexed by hash.
#[derive(Default)]
pub(crate) struct ConstTable {
    values: Vec<Constant>,
    /// Over `values` once there are more than [`ConstTable::FEW`].
    index: HashIndex,
}

impl ConstTable {
    const FEW: usize = 8;

    /// The index of `value`, added if new.
    pub fn index(&mut self, value: Constant) -> u32 {
        if self.values.len() <= Self::FEW {
            if let Some(index) = self.values.iter().position(|old| same_key(old, &value)) {
                return index as u32;
            }
            if self.values.len() < Self::FEW {
                self.values.push(value);
                return self.values.len() as u32 - 1;
            }
        }
        let hash = FxBuildHasher.hash_one(Key(&value));
        if self.values.len() > Self::FEW {
            let values = &self.values;
            if let Some(index) = self
                .index
                .find(hash, |position| same_key(&values[position], &value))
            {
                return index as u32;
            }
        }
        self.add(value, hash)
    }

    /// The index of a constant of the tree, added if new: found as it is,
    /// copied only when new.
    pub fn index_of_tree(&mut self, value: &AstConstant) -> u32 {
        if self.values.len() <= Self::FEW {
            if let Some(index) = self.values.iter().position(|old| same(value, old)) {
                return index as u32;
            }
            if self.values.len() < Self::FEW {
                self.values.push(tree_constant(value));
                return self.values.len() as u32 - 1;
            }
        }
        let mut hasher = FxBuildHasher.build_hasher();
        hash_tree_constant(value, &mut hasher);
        let hash = hasher.finish();
        if self.values.len() > Self::FEW {
            let values = &self.values;
            if let Some(index) = self
                .index
                .find(hash, |position| same(value, &values[position]))
            {
                return index as u32;
            }
        }
        self.add(tree_constant(value), hash)
    }

    /// Adds `value`, whose hash is `hash` and which is not in the table:
    /// past the few, the index covers every constant.
    fn add(&mut self, value: Constant, hash: u64) -> u32 {
        let len = self.values.len();
        if len == Self::FEW || self.index.full(len) {
            let hashes = self
                .values
                .iter()
                .map(|value| FxBuildHasher.hash_one(Key(value)));
            self.index.grow(len + 1, hashes);
        }
        self.index.place(hash, len);
        self.values.push(value);
        len as u32
    }

    /// The constants, leaving the table empty: the vector itself, not a
    /// copy.
    pub fn take(&mut self) -> Vec<Constant> {
        if self.values.len() > Self::FEW {
            self.index.clear();
        }
        std::mem::take(&mut self.values)
    }
}

/// A constant of the tree as a code object constant.
pub(crate) fn tree_constant(value: &AstConstant) -> Constant {
    match value {
        AstConstant::None => Constant::None,
        AstConstant::Bool(b) => Constant::Bool(*b),
        AstConstant::Str(s) => Constant::Str(s.clone()),
        AstConstant::StrWithSurrogates(points) => Constant::StrWithSurrogates(points.clone()),
        AstConstant::Bytes(b) => Constant::Bytes(b.clone()),
        AstConstant::Int(value) => Constant::Int(value.clone()),
        AstConstant::Float(f) => Constant::Float(*f),
        AstConstant::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        AstConstant::Ellipsis => Constant::Ellipsis,
        AstConstant::Tuple(items) => Constant::Tuple(items.iter().map(tree_constant).collect()),
        AstConstant::FrozenSet(items) => {
            Constant::FrozenSet(items.iter().map(tree_constant).collect())
        }
    }
}

/// Whether two constants are one entry of the table. Code objects are
/// keyed by their allocation, so none is ever shared; the rest as
/// [`Constant`]'s exact equality.
fn same_key(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Code(a), Constant::Code(b)) => Arc::ptr_eq(a, b),
        (a, b) => a == b,
    }
}

/// A constant hashed as the table hashes it (see [`hash_constant`]).
struct Key<'c>(&'c Constant);

impl Hash for Key<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash_constant(self.0, state);
    }
}

// The two hash functions feed the hasher the same values for a constant of
// the tree and its copy: a tag per type, then the contents. A constant of
// the tree is looked up by that hash and `same`.

fn hash_constant<H: Hasher>(value: &Constant, state: &mut H) {
    match value {
        Constant::None => state.write_u8(0),
        Constant::Bool(b) => hash_bool(*b, state),
        Constant::Int(value) => hash_int(value, state),
        Constant::Float(f) => hash_float(*f, state),
        Constant::Complex { real, imag } => hash_complex(*real, *imag, state),
        Constant::Str(s) => hash_str(s, state),
        Constant::StrWithSurrogates(points) => hash_code_points(points, state),
        Constant::Bytes(b) => hash_bytes(b, state),
        Constant::Ellipsis => state.write_u8(8),
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            state.write_u8(if matches!(value, Constant::Tuple(_)) {
                9
            } else {
                10
            });
            state.write_usize(items.len());
            for item in items {
                hash_constant(item, state);
            }
        }
        Constant::Code(code) => {
            state.write_u8(11);
            state.write_usize(Arc::as_ptr(code) as usize);
        }
    }
}

fn hash_tree_constant<H: Hasher>(value: &AstConstant, state: &mut H) {
    match value {
        AstConstant::None => state.write_u8(0),
        AstConstant::Bool(b) => hash_bool(*b, state),
        AstConstant::Int(value) => hash_int(value, state),
        AstConstant::Float(f) => hash_float(*f, state),
        AstConstant::Complex { real, imag } => hash_complex(*real, *imag, state),
        AstConstant::Str(s) => hash_str(s, state),
        AstConstant::StrWithSurrogates(points) => hash_code_points(points, state),
        AstConstant::Bytes(b) => hash_bytes(b, state),
        AstConstant::Ellipsis => state.write_u8(8),
        AstConstant::Tuple(items) | AstConstant::FrozenSet(items) => {
            state.write_u8(if matches!(value, AstConstant::Tuple(_)) {
                9
            } else {
                10
            });
            state.write_usize(items.len());
            for item in items {
                hash_tree_constant(item, state);
            }
        }
    }
}

fn hash_bool<H: Hasher>(value: bool, state: &mut H) {
    state.write_u8(1);
    state.write_u8(u8::from(value));
}

fn hash_int<H: Hasher>(value: &pyvm_bytecode::Int, state: &mut H) {
    state.write_u8(2);
    value.hash(state);
}

fn hash_float<H: Hasher>(value: f64, state: &mut H) {
    state.write_u8(3);
    state.write_u64(value.to_bits());
}

fn hash_complex<H: Hasher>(real: f64, imag: f64, state: &mut H) {
    state.write_u8(4);
    state.write_u64(real.to_bits());
    state.write_u64(imag.to_bits());
}

fn hash_str<H: Hasher>(value: &str, state: &mut H) {
    state.write_u8(5);
    value.hash(state);
}

fn hash_code_points<H: Hasher>(value: &[u32], state: &mut H) {
    state.write_u8(6);
    value.hash(state);
}

fn hash_bytes<H: Hasher>(value: &[u8], state: &mut H) {
    state.write_u8(7);
    value.hash(state);
}

/// Whether a constant of the tree is `value` (as [`Constant`]'s equality:
/// floats by their bits, types apart).
fn same(tree: &AstConstant, value: &Constant) -> bool {
    match (tree, value) {
        (AstConstant::None, Constant::None) | (AstConstant::Ellipsis, Constant::Ellipsis) => true,
        (AstConstant::Bool(a), Constant::Bool(b)) => a == b,
        (AstConstant::Int(a), Constant::Int(b)) => a == b,
        (AstConstant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
        (
            AstConstant::Complex { real, imag },
            Constant::Complex {
                real: other_real,
                imag: other_imag,
            },
        ) => real.to_bits() == other_real.to_bits() && imag.to_bits() == other_imag.to_bits(),
        (AstConstant::Str(a), Constant::Str(b)) => a == b,
        (AstConstant::StrWithSurrogates(a), Constant::StrWithSurrogates(b)) => a == b,
        (AstConstant::Bytes(a), Constant::Bytes(b)) => a == b,
        (AstConstant::Tuple(a), Constant::Tuple(b))
        | (AstConstant::FrozenSet(a), Constant::FrozenSet(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use pyvm_bytecode::{CodeObject, Int};

    use super::*;

    fn samples() -> Vec<AstConstant> {
        vec![
            AstConstant::None,
            AstConstant::Bool(false),
            AstConstant::Int(Int::Small(0)),
            AstConstant::Float(0.0),
            AstConstant::Float(-0.0),
            AstConstant::Float(f64::NAN),
            AstConstant::Complex {
                real: 0.0,
                imag: 1.0,
            },
            AstConstant::Str("a".into()),
            AstConstant::StrWithSurrogates(vec![0xD800]),
            AstConstant::Bytes(b"a".to_vec()),
            AstConstant::Ellipsis,
            AstConstant::Tuple(vec![AstConstant::Int(Int::Small(1)), AstConstant::None]),
            AstConstant::FrozenSet(vec![AstConstant::Int(Int::Small(1)), AstConstant::None]),
            AstConstant::Tuple(vec![]),
        ]
    }

    #[test]
    fn a_tree_constant_finds_its_copy_and_only_it() {
        let hash_tree = |value: &AstConstant| {
            let mut hasher = FxBuildHasher.build_hasher();
            hash_tree_constant(value, &mut hasher);
            hasher.finish()
        };
        for (i, tree) in samples().iter().enumerate() {
            let copy = tree_constant(tree);
            assert_eq!(
                hash_tree(tree),
                FxBuildHasher.hash_one(Key(&copy)),
                "{tree:?}"
            );
            for (j, other) in samples().iter().enumerate() {
                assert_eq!(same(other, &copy), i == j, "{other:?}");
            }
        }
    }

    #[test]
    fn the_table_shares_values_but_not_code_objects() {
        let mut table = ConstTable::default();
        let code = || Constant::Code(Arc::new(CodeObject::new("f", "x.py", 1)));
        assert_eq!(table.index(Constant::Str("a".into())), 0);
        assert_eq!(table.index_of_tree(&AstConstant::Int(Int::Small(1))), 1);
        assert_eq!(table.index_of_tree(&AstConstant::Str("a".into())), 0);
        assert_eq!(table.index(Constant::Int(Int::Small(1))), 1);
        assert_eq!(table.index(Constant::Bool(true)), 2);
        assert_eq!(table.index(code()), 3);
        assert_eq!(table.index(code()), 4);
        assert_eq!(table.take().len(), 5);
    }
}
