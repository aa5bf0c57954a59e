//! `Constant::repr` of the values `ast.dump` prints; expected strings are
//! CPython 3.11's `repr()` of the same values (the float, complex, bytes and
//! str reprs themselves are tested in the source crate).

use pyvm_ast::{BigInt, Constant, Int};

fn int(value: i64) -> Constant {
    Constant::Int(Int::Small(value))
}

#[test]
fn scalars() {
    let big: BigInt = "100000000000000000000".parse().expect("digits");
    let cases = [
        (Constant::None, "None"),
        (Constant::Bool(true), "True"),
        (Constant::Bool(false), "False"),
        (Constant::Ellipsis, "Ellipsis"),
        (int(-5), "-5"),
        (
            Constant::Int(Int::from_bigint(big.clone())),
            "100000000000000000000",
        ),
        (
            Constant::Int(Int::from_bigint(-big)),
            "-100000000000000000000",
        ),
        (Constant::Float(-0.0), "-0.0"),
        (Constant::Float(1e16), "1e+16"),
        (
            Constant::Complex {
                real: 0.0,
                imag: 1.0,
            },
            "1j",
        ),
        (Constant::Str("it's".into()), "\"it's\""),
        (
            Constant::StrWithSurrogates(vec![0x61, 0xd800]),
            "'a\\ud800'",
        ),
        (Constant::Bytes(b"x\x00'".to_vec()), "b\"x\\x00'\""),
    ];
    for (constant, expected) in cases {
        assert_eq!(constant.repr(), expected, "{constant:?}");
    }
}

#[test]
fn tuples_and_frozensets() {
    let nested = Constant::Tuple(vec![
        Constant::Float(2.5),
        Constant::Complex {
            real: 0.0,
            imag: 1.0,
        },
    ]);
    let cases = [
        (Constant::Tuple(vec![]), "()"),
        (Constant::Tuple(vec![int(1)]), "(1,)"),
        (
            Constant::Tuple(vec![
                int(1),
                Constant::Str("a".into()),
                Constant::Bytes(b"x".to_vec()),
                Constant::None,
                nested,
                Constant::Ellipsis,
            ]),
            "(1, 'a', b'x', None, (2.5, 1j), Ellipsis)",
        ),
        (Constant::FrozenSet(vec![]), "frozenset()"),
        (Constant::FrozenSet(vec![int(1)]), "frozenset({1})"),
        (
            Constant::Tuple(vec![
                Constant::FrozenSet(vec![Constant::Str("a".into())]),
                Constant::Bool(true),
                int(-5),
                Constant::Float(-0.0),
            ]),
            "(frozenset({'a'}), True, -5, -0.0)",
        ),
    ];
    for (constant, expected) in cases {
        assert_eq!(constant.repr(), expected, "{constant:?}");
    }
}

#[test]
fn int_is_normalised() {
    assert_eq!(Int::from_bigint(BigInt::from(7)), Int::Small(7));
    assert_eq!(
        Int::from_bigint(BigInt::from(i64::MIN)),
        Int::Small(i64::MIN)
    );
    assert!(matches!(
        Int::from_bigint(BigInt::from(i64::MAX) + 1),
        Int::Big(_)
    ));
    assert_eq!(Int::from(BigInt::from(3)).to_bigint(), BigInt::from(3));
}
