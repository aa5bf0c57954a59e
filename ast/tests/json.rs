//! The JSON form: its exact shape on a small tree, and the values JSON
//! numbers cannot hold.

use pyvm_ast::*;
use pyvm_source::Span;

fn module(value: Expr) -> Mod {
    let span = value.span();
    ModModule {
        body: vec![StmtExpr {
            span,
            value: Box::new(value),
        }
        .into()],
        type_ignores: vec![],
    }
    .into()
}

fn constant(value: Constant) -> Expr {
    ExprConstant {
        span: Span::new(0, 1),
        value,
        kind: None,
    }
    .into()
}

#[test]
fn shape() {
    // f(x, *a)
    let call = ExprCall {
        span: Span::new(0, 8),
        func: Box::new(
            ExprName {
                span: Span::new(0, 1),
                id: "f".into(),
                ctx: ExprContext::Load,
            }
            .into(),
        ),
        args: vec![
            ExprName {
                span: Span::new(2, 3),
                id: "x".into(),
                ctx: ExprContext::Load,
            }
            .into(),
            ExprStarred {
                span: Span::new(5, 7),
                value: Box::new(
                    ExprName {
                        span: Span::new(6, 7),
                        id: "a".into(),
                        ctx: ExprContext::Load,
                    }
                    .into(),
                ),
                ctx: ExprContext::Load,
            }
            .into(),
        ],
        keywords: vec![],
    };
    assert_eq!(
        to_json(&module(call.into())),
        concat!(
            r#"{"_type":"Module","body":[{"_type":"Expr","span":[0,8],"value":"#,
            r#"{"_type":"Call","span":[0,8],"func":{"_type":"Name","span":[0,1],"id":"f","ctx":"Load"},"#,
            r#""args":[{"_type":"Name","span":[2,3],"id":"x","ctx":"Load"},"#,
            r#"{"_type":"Starred","span":[5,7],"value":{"_type":"Name","span":[6,7],"id":"a","ctx":"Load"},"ctx":"Load"}],"#,
            r#""keywords":[]}}],"type_ignores":[]}"#
        )
    );
}

#[test]
fn constants() {
    let big: BigInt = "-123456789012345678901234567890".parse().expect("digits");
    let cases = [
        (Constant::None, r#"{"_type":"None"}"#),
        (Constant::Int(Int::Small(5)), r#"{"_type":"Int","value":5}"#),
        (
            Constant::Int(Int::from_bigint(big)),
            r#"{"_type":"Int","value":"-123456789012345678901234567890"}"#,
        ),
        (
            Constant::Float(f64::INFINITY),
            r#"{"_type":"Float","value":"inf"}"#,
        ),
        (Constant::Float(-0.0), r#"{"_type":"Float","value":-0.0}"#),
        (
            Constant::Complex {
                real: f64::NEG_INFINITY,
                imag: 1e300,
            },
            r#"{"_type":"Complex","value":{"real":"-inf","imag":1e+300}}"#,
        ),
        (
            Constant::StrWithSurrogates(vec![0xd800]),
            r#"{"_type":"StrWithSurrogates","value":[55296]}"#,
        ),
        (
            Constant::Bytes(vec![0, 255]),
            r#"{"_type":"Bytes","value":[0,255]}"#,
        ),
        (
            Constant::FrozenSet(vec![Constant::Ellipsis]),
            r#"{"_type":"FrozenSet","value":[{"_type":"Ellipsis"}]}"#,
        ),
    ];
    for (value, expected) in cases {
        let tree = module(constant(value.clone()));
        let json = to_json(&tree);
        assert!(
            json.contains(&format!(r#""value":{expected},"kind":null"#)),
            "{json}"
        );
        assert_eq!(from_json(&json).expect("reads back"), tree);
    }
    // NaN is never equal to itself: compare the text instead.
    let nan = module(constant(Constant::Float(f64::NAN)));
    let json = to_json(&nan);
    assert_eq!(to_json(&from_json(&json).expect("reads back")), json);
}

#[test]
fn bad_json_is_an_error() {
    assert!(from_json("").is_err());
    assert!(from_json(r#"{"_type":"Module"}"#).is_err());
    assert!(from_json(r#"{"_type":"Nope","body":[]}"#).is_err());
    assert!(from_json(r#"{"_type":"Expression","body":{"_type":"Constant","span":[0,1],"value":{"_type":"Float","value":"big"},"kind":null}}"#).is_err());
    // Too deep for serde_json's recursion limit: an error, not a crash.
    let deep = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(from_json(&deep).is_err());
}
