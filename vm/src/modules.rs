//! The native modules, written in Rust with the same API an embedding
//! program uses: each is a function that fills the module's namespace.
//! A few modules are written in Python instead (`python/`), and built
//! into the binary as source.

mod gc;
mod io;
mod math;
mod operator_native;
mod os;
mod random;
mod sys;
mod time;
mod traceback_native;
mod weakref_native;

use crate::import::NativeModuleInit;

/// The native module called `name`, if there is one.
pub(crate) fn native_module(name: &str) -> Option<NativeModuleInit> {
    Some(match name {
        "sys" => sys::init,
        "gc" => gc::init,
        "io" => io::init,
        "math" => math::init,
        "os" => os::init,
        "random" => random::init,
        "time" => time::init,
        "_operator" => operator_native::init,
        "_traceback" => traceback_native::init,
        "_weakref" => weakref_native::init,
        _ => return None,
    })
}

/// The source of the module called `name` that pyvm carries written in
/// Python, if there is one.
pub(crate) fn python_module(name: &str) -> Option<&'static str> {
    Some(match name {
        "asyncio" => include_str!("modules/python/asyncio.py"),
        "functools" => include_str!("modules/python/functools.py"),
        "operator" => include_str!("modules/python/operator.py"),
        "traceback" => include_str!("modules/python/traceback.py"),
        "weakref" => include_str!("modules/python/weakref.py"),
        _ => return None,
    })
}
