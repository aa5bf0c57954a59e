//! The interned names the VM looks up itself (dunder methods and
//! attributes), made once when it starts.

use pyvm_heap::Tracer;

use crate::object::Object;
use crate::value::ObjRef;

/// Declares [`Names`]: one interned `str` per identifier.
macro_rules! names {
    ($($name:ident),* $(,)?) => {
        /// Interned `str` objects for the names the VM uses.
        pub struct Names {
            $(
                #[doc = concat!("`", stringify!($name), "`")]
                pub $name: ObjRef,
            )*
        }

        impl Names {
            /// Interns every name through `intern`.
            pub fn new(mut intern: impl FnMut(&str) -> ObjRef) -> Names {
                Names { $($name: intern(stringify!($name)),)* }
            }

            /// Marks every name.
            pub fn trace(&self, tracer: &mut Tracer<Object>) {
                $(tracer.mark(self.$name);)*
            }
        }
    };
}

names! {
    __abs__, __add__, __aenter__, __aexit__, __aiter__, __and__, __anext__, __annotations__, __await__, __bool__, __build_class__, __builtins__,
    __call__, __class__, __classcell__, __contains__, __delattr__, __delitem__, __dict__,
    __doc__, __enter__, __eq__, __exit__, __file__, __float__, __floordiv__, __format__,
    __ge__, __get__, __getattr__, __getattribute__, __getitem__, __gt__, __hash__, __iadd__,
    __iand__, __ifloordiv__, __ilshift__, __imatmul__, __imod__, __imul__, __index__,
    __del__, __init__, __init_subclass__, __instancecheck__, __int__, __invert__, __ior__, __ipow__, __irshift__,
    __isub__, __iter__, __itruediv__, __ixor__, __le__, __len__, __length_hint__, __lshift__, __lt__,
    __main__, __match_args__, __matmul__, __missing__, __mod__, __module__, __mro__, __mul__, __name__, __ne__, __neg__,
    __new__, __next__, __or__, __pos__, __pow__, __qualname__, __radd__, __rand__,
    __repr__, __reversed__, __rfloordiv__, __rlshift__, __rmatmul__, __rmod__, __rmul__,
    __ror__, __round__, __rpow__, __rrshift__, __rshift__, __rsub__, __rtruediv__,
    __rxor__, __set__, __set_name__, __setattr__, __setitem__, __slots__, __str__, __sub__, __subclasscheck__,
    __truediv__, __xor__, append, get, keys, items, values,
}
