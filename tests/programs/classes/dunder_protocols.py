# The dunder protocols of a user class as the built-in operations and
# statements use them, descriptors' __get__/__set__/__delete__, and what
# class statements refuse.

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
class V:
    def __init__(s, x): s.x = x
    def __add__(s, o): return V(s.x + (o.x if isinstance(o, V) else o))
    def __radd__(s, o): return V(o + s.x)
    def __iadd__(s, o): s.x += 100; return s
    def __neg__(s): return V(-s.x)
    def __abs__(s): return abs(s.x)
    def __invert__(s): return "inv"
    def __pos__(s): return "pos"
    def __index__(s): return s.x
    def __int__(s): return 7
    def __float__(s): return 2.5
    def __complex__(s): return 1j
    def __round__(s, n=None): return ("round", n)
    def __len__(s): return 3
    def __getitem__(s, k): return ("item", k)
    def __setitem__(s, k, v): print("set", k, v)
    def __delitem__(s, k): print("del", k)
    def __contains__(s, k): return k == 1
    def __call__(s, *a, **k): return ("call", a, k)
    def __enter__(s): return "entered"
    def __exit__(s, *a): return True
    def __format__(s, spec): return "fmt:" + spec
    def __bytes__(s): return b"by"
    def __repr__(s): return f"V({s.x})"
    def __hash__(s): return 42
    def __eq__(s, o): return isinstance(o, V) and o.x == s.x
    def __reversed__(s): return iter("rev")
    def __iter__(s): return iter([1, 2])
    def __bool__(s): return False
v = V(1)
t("add", lambda: v + 2)
t("radd", lambda: 2 + v)
def iadd():
    w = V(1); w += 1; return w
t("iadd", iadd)
t("neg abs inv pos", lambda: (-v, abs(v), ~v, +v))
t("index", lambda: [10, 20, 30][v])
t("hex idx", lambda: hex(v))
t("int float complex", lambda: (int(v), float(v), complex(v)))
t("round", lambda: (round(v), round(v, 2)))
t("len getitem", lambda: (len(v), v[1:2], v["k"]))
def setdel():
    v[1] = 2; del v[3:4]
t("setdel", setdel)
t("contains", lambda: (1 in v, 2 in v))
t("call", lambda: v(1, a=2))
def with_():
    with v as e:
        raise ValueError
    return e
t("with", with_)
t("format", lambda: (format(v, "x"), f"{v:>3}"))
t("bytes", lambda: bytes(v))
t("hash", lambda: hash(v))
t("reversed", lambda: list(reversed(v)))
t("iter", lambda: list(v))
t("bool", lambda: (bool(v), not v))
t("unpack", lambda: (lambda a, b: (a, b))(*v))
t("sorted", lambda: sorted([V(2), V(1)], key=lambda z: z.x))
t("dict key", lambda: {v: 1}[V(1)])
class R:
    def __eq__(s, o): return "eq-result"
    def __lt__(s, o): return NotImplemented
class Q(R):
    def __gt__(s, o): return "Q.gt"
t("eq nonbool", lambda: R() == 1)
t("reflected lt", lambda: R() < Q())
t("hash None with eq", lambda: R.__hash__)
class G:
    def __getitem__(s, i):
        if i > 2: raise IndexError
        return i * 10
t("old iter", lambda: list(G()))
t("old contains", lambda: (20 in G(), 5 in G()))
class M(type):
    def __len__(c): return 9
class WithMeta(metaclass=M): pass
t("meta len", lambda: len(WithMeta))
class Desc:
    def __get__(s, o, t=None): return ("get", o is not None)
    def __set__(s, o, v): print("set desc", v)
    def __delete__(s, o): print("del desc")
class HD:
    d = Desc()
h = HD()
t("desc get", lambda: (h.d, HD.d))
def desc_set():
    h.d = 5; del h.d
t("desc set/del", desc_set)
class SN:
    def __init_subclass__(cls, flag=False, **kw):
        super().__init_subclass__(**kw); cls.flag = flag
class SN2(SN, flag=True): pass
t("init_subclass", lambda: SN2.flag)
t("mro error", lambda: type("X", (int, str), {}))
class CG:
    def __class_getitem__(cls, item): return f"CG[{item.__name__}]"
t("class_getitem", lambda: CG[int])
