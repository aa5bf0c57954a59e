//! `load(save(code))` gives back `code`, and `save(load(bytes))` gives back
//! `bytes`: every value has one encoding.

mod common;

use std::sync::Arc;

use proptest::prelude::*;
use pyvm_bytecode::{
    load, save, verify, BigInt, CodeObject, ConstIdx, Constant, Instruction, Int, Location,
    SourceStamp,
};

fn round_trip(code: &CodeObject, stamp: SourceStamp) {
    verify(code).expect("the sample verifies");
    let bytes = save(code, stamp);
    let loaded = load(&bytes).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(&loaded.code, code);
    assert_eq!(loaded.stamp, stamp);
    assert_eq!(save(&loaded.code, loaded.stamp), bytes);
}

#[test]
fn a_module_with_nested_code_round_trips() {
    round_trip(&common::sample_module(), SourceStamp::hash_of(b"source"));
}

#[test]
fn every_kind_of_constant_round_trips() {
    let code = common::constants_sampler();
    round_trip(
        &code,
        SourceStamp::Mtime {
            mtime: 1_700_000_000,
            size: 1234,
        },
    );
    // Bitwise: the NaN and the signed zero survive.
    let loaded = load(&save(&code, SourceStamp::SourceHash(0))).unwrap().code;
    let Constant::Float(nan) = loaded.consts[9] else {
        panic!("a float")
    };
    assert_eq!(nan.to_bits(), f64::NAN.to_bits());
    let Constant::Float(zero) = loaded.consts[10] else {
        panic!("a float")
    };
    assert!(zero.is_sign_negative());
}

#[test]
fn extreme_header_values_round_trip() {
    let mut code = common::constants_sampler();
    code.firstlineno = u32::MAX;
    code.max_stack_depth = pyvm_bytecode::MAX_STACK_DEPTH;
    code.locations.as_mut_vec()[0] = Location::new(u32::MAX, u32::MAX, u32::MAX, 0);
    round_trip(
        &code,
        SourceStamp::Mtime {
            mtime: u64::MAX,
            size: u64::MAX,
        },
    );
}

#[test]
fn non_canonical_values_are_saved_canonically() {
    let mut code = common::constants_sampler();
    code.consts = vec![
        Constant::Int(Int::Big(Box::new(BigInt::from(5)))),
        Constant::StrWithSurrogates(vec![0x68, 0x69]),
    ];
    let loaded = load(&save(&code, SourceStamp::SourceHash(1))).unwrap().code;
    assert_eq!(
        loaded.consts,
        [Constant::Int(Int::Small(5)), Constant::Str("hi".into())]
    );
}

/// Constants without code objects, nested a few levels.
fn constant() -> impl Strategy<Value = Constant> {
    let leaf = prop_oneof![
        Just(Constant::None),
        Just(Constant::Ellipsis),
        any::<bool>().prop_map(Constant::Bool),
        any::<i64>().prop_map(|value| Constant::Int(Int::Small(value))),
        (any::<bool>(), prop::collection::vec(any::<u32>(), 3..6)).prop_map(
            |(negative, digits)| {
                let magnitude =
                    BigInt::from(num_bigint::BigUint::new(digits)) + BigInt::from(u64::MAX);
                Constant::Int(Int::from_bigint(if negative {
                    -magnitude
                } else {
                    magnitude
                }))
            }
        ),
        any::<u64>().prop_map(|bits| Constant::Float(f64::from_bits(bits))),
        (any::<u64>(), any::<u64>()).prop_map(|(real, imag)| Constant::Complex {
            real: f64::from_bits(real),
            imag: f64::from_bits(imag),
        }),
        any::<String>().prop_map(Constant::Str),
        (
            prop::collection::vec(0u32..0x11_0000, 0..8),
            0xD800u32..0xE000
        )
            .prop_map(|(mut code_points, surrogate)| {
                code_points.push(surrogate);
                Constant::StrWithSurrogates(code_points)
            }),
        prop::collection::vec(any::<u8>(), 0..16).prop_map(Constant::Bytes),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Constant::Tuple),
            prop::collection::vec(inner, 0..6).prop_map(Constant::FrozenSet),
        ]
    })
}

proptest! {
    #[test]
    fn random_constants_round_trip(consts in prop::collection::vec(constant(), 1..8)) {
        let mut code = CodeObject::new("<module>", "p.py", 1);
        code.consts = consts;
        code.instructions = vec![Instruction::LoadConst { value: ConstIdx(0) }, Instruction::ReturnValue];
        code.locations = vec![Location::line(1); 2].into();
        code.max_stack_depth = 1;
        // A nested code object holding the same constants.
        let nested = code.clone();
        code.consts.push(Constant::Code(Arc::new(nested)));
        let bytes = save(&code, SourceStamp::SourceHash(7));
        let loaded = load(&bytes).map_err(|error| TestCaseError::fail(error.to_string()))?;
        prop_assert_eq!(&loaded.code, &code);
        prop_assert_eq!(save(&loaded.code, loaded.stamp), bytes);
    }
}
