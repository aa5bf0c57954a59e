//! The size limits of constant folding (CPython's `safe_multiply`,
//! `safe_power`, `safe_lshift` and `safe_mod`), at and just past each
//! boundary, through the public operations on constants.

use pyvm_ast::{BigInt, Constant, Int, Operator, UnaryOp};
use pyvm_compiler::fold::{
    binary_op, subscript, unary_op, MAX_COLLECTION_SIZE, MAX_INT_SIZE, MAX_STR_SIZE,
    MAX_TOTAL_ITEMS,
};

fn int(value: i64) -> Constant {
    Constant::Int(Int::Small(value))
}

fn big(value: BigInt) -> Constant {
    Constant::Int(Int::from_bigint(value))
}

/// `2**bits`.
fn power_of_two(bits: u32) -> Constant {
    big(BigInt::from(1) << bits)
}

fn str(text: &str) -> Constant {
    Constant::Str(text.into())
}

fn tuple(items: Vec<Constant>) -> Constant {
    Constant::Tuple(items)
}

fn mul(a: &Constant, b: &Constant) -> Option<Constant> {
    binary_op(Operator::Mult, a, b)
}

#[test]
fn limits_are_cpythons() {
    assert_eq!(MAX_INT_SIZE, 128);
    assert_eq!(MAX_COLLECTION_SIZE, 256);
    assert_eq!(MAX_STR_SIZE, 4096);
    assert_eq!(MAX_TOTAL_ITEMS, 1024);
}

#[test]
fn int_products_up_to_128_bits_of_operands() {
    // The bit lengths of the operands are added: 64 + 64 = 128 folds.
    let product = mul(&power_of_two(63), &power_of_two(63));
    assert_eq!(product, Some(power_of_two(126)));
    // 65 + 64 = 129 does not, nor does 128 + 1 though the result fits.
    assert_eq!(mul(&power_of_two(64), &power_of_two(63)), None);
    assert_eq!(mul(&power_of_two(127), &int(1)), None);
    assert_eq!(mul(&power_of_two(127), &Constant::Bool(true)), None);
    // A zero operand always folds.
    assert_eq!(mul(&power_of_two(1000), &int(0)), Some(int(0)));
    assert_eq!(
        mul(&Constant::Bool(false), &power_of_two(1000)),
        Some(int(0))
    );
    // Addition has no limit.
    assert_eq!(
        binary_op(Operator::Add, &power_of_two(1000), &power_of_two(1000)),
        Some(power_of_two(1001))
    );
}

#[test]
fn int_powers_up_to_128_bits_by_estimate() {
    let pow = |a: &Constant, b: &Constant| binary_op(Operator::Pow, a, b);
    // bits(base) <= 128 / exponent, in integer division.
    assert_eq!(pow(&int(2), &int(64)), Some(power_of_two(64)));
    assert_eq!(pow(&int(2), &int(65)), None);
    assert_eq!(pow(&int(4), &int(42)), Some(power_of_two(84)));
    assert_eq!(pow(&int(4), &int(43)), None);
    assert_eq!(pow(&int(1), &int(128)), Some(int(1)));
    assert_eq!(pow(&int(1), &int(129)), None);
    // An exponent beyond a size_t, zero bases and zero exponents.
    assert_eq!(pow(&int(1), &power_of_two(64)), None);
    assert_eq!(pow(&int(0), &power_of_two(64)), Some(int(0)));
    assert_eq!(pow(&power_of_two(1000), &int(0)), Some(int(1)));
    // Negative exponents give floats, unchecked.
    assert_eq!(pow(&int(2), &int(-2)), Some(Constant::Float(0.25)));
    assert_eq!(pow(&int(0), &int(-2)), None);
}

#[test]
fn left_shifts_up_to_128_bits() {
    let shl = |a: &Constant, b: &Constant| binary_op(Operator::LShift, a, b);
    assert_eq!(shl(&int(1), &int(127)), Some(power_of_two(127)));
    assert_eq!(shl(&int(1), &int(128)), None);
    assert_eq!(shl(&int(2), &int(126)), Some(power_of_two(127)));
    assert!(shl(&int(3), &int(126)).is_some());
    assert_eq!(shl(&int(3), &int(127)), None);
    assert_eq!(shl(&int(0), &power_of_two(100)), Some(int(0)));
    assert_eq!(shl(&power_of_two(1000), &int(0)), Some(power_of_two(1000)));
    assert_eq!(shl(&int(1), &int(-1)), None);
    assert_eq!(shl(&int(0), &int(-1)), None);
    // Right shifts are unlimited.
    assert_eq!(
        binary_op(Operator::RShift, &int(-1), &power_of_two(100)),
        Some(int(-1))
    );
}

#[test]
fn strings_up_to_4096_code_points() {
    assert_eq!(mul(&str("ab"), &int(2048)), Some(str(&"ab".repeat(2048))));
    assert_eq!(mul(&str("ab"), &int(2049)), None);
    assert_eq!(mul(&int(2048), &str("ab")), Some(str(&"ab".repeat(2048))));
    // Counted in code points, not bytes.
    assert_eq!(mul(&str("é"), &int(4096)), Some(str(&"é".repeat(4096))));
    assert_eq!(mul(&str("é"), &int(4097)), None);
    let bytes = Constant::Bytes(b"ab".to_vec());
    assert_eq!(
        mul(&bytes, &int(2048)),
        Some(Constant::Bytes(b"ab".repeat(2048)))
    );
    assert_eq!(mul(&bytes, &int(2049)), None);
    // Negative counts only for empty strings; a count beyond a
    // Py_ssize_t never.
    assert_eq!(mul(&str("ab"), &int(-1)), None);
    assert_eq!(mul(&str(""), &int(-1)), Some(str("")));
    assert_eq!(mul(&str(""), &power_of_two(62)), Some(str("")));
    assert_eq!(mul(&str(""), &power_of_two(63)), None);
    // Concatenation is unlimited.
    let long = str(&"a".repeat(4096));
    assert_eq!(
        binary_op(Operator::Add, &long, &long),
        Some(str(&"a".repeat(8192)))
    );
}

#[test]
fn tuples_up_to_256_items_and_1024_nested() {
    let one = tuple(vec![int(1)]);
    assert!(matches!(mul(&one, &int(256)), Some(Constant::Tuple(items)) if items.len() == 256));
    assert_eq!(mul(&one, &int(257)), None);
    assert_eq!(mul(&tuple(vec![int(1), int(2)]), &int(129)), None);
    // Nested items count against MAX_TOTAL_ITEMS / count: 1024 / 256 = 4
    // allows one item holding three.
    let three = tuple(vec![tuple(vec![int(1), int(2), int(3)])]);
    assert!(mul(&three, &int(256)).is_some());
    let four = tuple(vec![tuple(vec![int(1), int(2), int(3), int(4)])]);
    assert_eq!(mul(&four, &int(256)), None);
    assert!(mul(&four, &int(204)).is_some());
    assert_eq!(mul(&four, &int(205)), None);
    // Frozensets count too (and cannot be repeated).
    let with_set = tuple(vec![Constant::FrozenSet(vec![
        int(1),
        int(2),
        int(3),
        int(4),
    ])]);
    assert_eq!(mul(&with_set, &int(256)), None);
    assert_eq!(mul(&Constant::FrozenSet(vec![int(1)]), &int(2)), None);
    // Empty tuples repeat any count that fits a Py_ssize_t.
    assert_eq!(mul(&tuple(vec![]), &int(-5)), Some(tuple(vec![])));
    assert_eq!(mul(&tuple(vec![]), &power_of_two(62)), Some(tuple(vec![])));
    assert_eq!(mul(&tuple(vec![]), &power_of_two(63)), None);
    assert_eq!(mul(&one, &int(-1)), None);
}

#[test]
fn string_formatting_is_never_folded() {
    let format = str("%s");
    assert_eq!(
        binary_op(Operator::Mod, &format, &tuple(vec![int(1)])),
        None
    );
    assert_eq!(binary_op(Operator::Mod, &format, &int(1)), None);
    let bytes = Constant::Bytes(b"%d".to_vec());
    assert_eq!(binary_op(Operator::Mod, &bytes, &int(1)), None);
    assert_eq!(binary_op(Operator::Mod, &int(-7), &int(3)), Some(int(2)));
}

#[test]
fn frozenset_operations() {
    let set = |items: &[i64]| Constant::FrozenSet(items.iter().map(|&i| int(i)).collect());
    let (a, b) = (set(&[1, 2, 3]), set(&[2, 3, 4]));
    assert_eq!(binary_op(Operator::Sub, &a, &b), Some(set(&[1])));
    assert_eq!(binary_op(Operator::BitOr, &a, &b), Some(set(&[1, 2, 3, 4])));
    assert_eq!(binary_op(Operator::BitAnd, &a, &b), Some(set(&[2, 3])));
    assert_eq!(binary_op(Operator::BitXor, &a, &b), Some(set(&[1, 4])));
    assert_eq!(binary_op(Operator::Add, &a, &b), None);
}

#[test]
fn unary_operations() {
    assert_eq!(
        unary_op(UnaryOp::USub, &power_of_two(100)),
        Some(big(-(BigInt::from(1) << 100u32)))
    );
    assert_eq!(unary_op(UnaryOp::UAdd, &Constant::Bool(true)), Some(int(1)));
    assert_eq!(unary_op(UnaryOp::Invert, &Constant::Float(1.0)), None);
    assert_eq!(
        unary_op(UnaryOp::Not, &Constant::Float(f64::NAN)),
        Some(Constant::Bool(false))
    );
    assert_eq!(
        unary_op(UnaryOp::Not, &Constant::FrozenSet(vec![])),
        Some(Constant::Bool(true))
    );
    assert_eq!(unary_op(UnaryOp::USub, &Constant::None), None);
}

#[test]
fn subscripts() {
    let abc = tuple(vec![int(1), str("b"), Constant::None]);
    assert_eq!(subscript(&abc, &int(-3)), Some(int(1)));
    assert_eq!(subscript(&abc, &Constant::Bool(true)), Some(str("b")));
    assert_eq!(subscript(&abc, &int(3)), None);
    assert_eq!(subscript(&abc, &power_of_two(64)), None);
    assert_eq!(subscript(&abc, &Constant::Float(0.0)), None);
    assert_eq!(subscript(&Constant::FrozenSet(vec![int(1)]), &int(0)), None);
    assert_eq!(
        subscript(&Constant::StrWithSurrogates(vec![0xD800, 0x61]), &int(1)),
        Some(str("a"))
    );
}
