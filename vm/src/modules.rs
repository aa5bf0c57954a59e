//! The native modules, written in Rust with the same API an embedding
//! program uses: each is a function that fills the module's namespace.

mod gc;
mod io;
mod math;
mod os;
mod random;
mod sys;
mod time;

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
        _ => return None,
    })
}
