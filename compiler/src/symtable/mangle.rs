//! Private name mangling, as CPython's `_Py_Mangle`.

use std::borrow::Cow;

/// `name` as it is stored inside class `class_name`: `__x` in class `C`
/// becomes `_C__x`.
///
/// As CPython's `_Py_Mangle`: only names starting with two underscores are
/// mangled, not those also ending with two (`__init__`) nor dotted ones
/// (import paths); the class name loses its leading underscores, and a class
/// named only with underscores mangles nothing. `class_name` is `None`
/// outside classes.
///
/// ```
/// use pyvm_compiler::symtable::mangle;
///
/// assert_eq!(mangle(Some("C"), "__x"), "_C__x");
/// assert_eq!(mangle(Some("_Private"), "__x"), "_Private__x");
/// assert_eq!(mangle(Some("C"), "__init__"), "__init__");
/// assert_eq!(mangle(Some("___"), "__x"), "__x");
/// assert_eq!(mangle(None, "__x"), "__x");
/// ```
#[inline]
pub fn mangle<'a>(class_name: Option<&str>, name: &'a str) -> Cow<'a, str> {
    // Outside classes, and for the names that do not start with `__`,
    // nothing to do: the common case, decided without a call.
    match class_name {
        Some(class_name) if name.starts_with("__") => mangle_private(class_name, name),
        _ => Cow::Borrowed(name),
    }
}

/// [`mangle`] of a name starting with `__` inside class `class_name`.
#[inline(never)]
fn mangle_private<'a>(class_name: &str, name: &'a str) -> Cow<'a, str> {
    if name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}
