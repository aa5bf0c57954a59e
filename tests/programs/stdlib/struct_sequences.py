# Struct sequences: sys.version_info, float_info, int_info, hash_info and
# time.struct_time behave as tuples with named read-only fields.
import sys
print(sys.version_info, sys.float_info, sys.int_info, sys.hash_info)
v = sys.version_info
print(v.major, v.minor, v[0], v[:2], len(v), tuple(v), list(v)[-1])
print(v >= (3, 8), v == (3, 11, 7, 'final', 0), v < (4,), hash(v) == hash(tuple(v)))
print(type(v), type(v).__mro__, type(v).__name__, type(v).__module__, type(v).__qualname__)
print(type(v).n_fields, type(v).n_sequence_fields, type(v).n_unnamed_fields, type(v).__match_args__)
print(isinstance(v, tuple), str(v) == repr(v), f"{v}")
a, b, *rest = v
print(a, b, rest, v.index(11), v.count(3), 3 in v)
try:
    type(v)((1, 2, 3, 4, 5))
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(type(v)): pass
except TypeError as e:
    print("TypeError:", e)
f = sys.float_info
print(f.max, f.epsilon, f.dig, f.mant_dig, f.max == 1.7976931348623157e308, 1.0 + f.epsilon > 1.0)
F = type(f)
print(F(range(11)))
try:
    F((1, 2))
except TypeError as e:
    print("TypeError:", e)
print(sys.hash_info.algorithm, sys.hash_info.modulus == 2**61 - 1, hash(float('inf')) == sys.hash_info.inf)
print(sys.int_info.default_max_str_digits == sys.get_int_max_str_digits())
print(repr(sys.version_info)[:17])
print(sys.version.startswith("%d.%d.%d" % sys.version_info[:3]))
print(v + (1,), v * 1 == tuple(v), sorted(sys.int_info))
import time
for s in (0, 1, 86399, 86400, 951782400, 1700000000, 1700000000.9, -1, -86401, -0.5, 253402300799, -62135596800, 4102444800):
    t = time.gmtime(s)
    print(t, t.tm_zone, t.tm_gmtoff)
t = time.gmtime(1234567890)
print(t[:], t.tm_year, t[-1], len(t), tuple(t), t == tuple(t), t[0:3])
print(type(t), type(t).n_fields, type(t).n_sequence_fields, type(t).__match_args__)
now = time.gmtime()
print(type(now) is time.struct_time, now.tm_year >= 2024, abs(time.mktime if False else 0) == 0)
print(time.gmtime(None).tm_year >= 2024)
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(st, st.tm_zone, st.tm_gmtoff)
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, 'X', 3600))
print(st, st.tm_zone, st.tm_gmtoff, len(st))
print(time.struct_time([1] * 9, {'tm_zone': 'Z', 'tm_gmtoff': 5}).tm_zone)
for bad in ((1, 2), tuple(range(12))):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in ("x", float("nan")):
    try:
        time.gmtime(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
