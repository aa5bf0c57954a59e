"""Arguments that must be integers (through `__index__`): what each built-in
says of an object with `__index__`, a float, a str, a bad `__index__` and None."""

import math, sys
class I:
    def __index__(self): return 3
class Bad:
    def __index__(self): return "x"
for f in (lambda v: range(v), lambda v: list(enumerate("ab", v)), hex, oct, bin, chr,
          lambda v: round(2.567, v), lambda v: round(7, v), math.isqrt, math.gcd, lambda v: math.comb(5, v),
          lambda v: slice(1, 10).indices(v), lambda v: sys.set_int_max_str_digits(v)):
    for v in (I(), 2.5, "s", Bad(), None):
        try:
            print(f(v))
        except Exception as e:
            print(type(e).__name__, e)
class L:
    def __len__(self): return I()
class L2:
    def __len__(self): return 1.5
for c in (L, L2):
    try:
        print(len(c()))
    except Exception as e:
        print(type(e).__name__, e)
