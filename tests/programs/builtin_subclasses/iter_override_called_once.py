# Consumers of a list subclass with an overridden __iter__ call it exactly
# once: star-args in calls, slice assignment, bytes() and bytearray().
class Backwards(list):
    calls = 0
    def __iter__(self):
        Backwards.calls += 1
        print("  __iter__ called")
        return iter(self[::-1])

b = Backwards([1, 2, 3])
def f(*args):
    return args
print("call star:", f(*b))
print("call star + kw:", f(0, *b, **{}))
z = [0, 0]
z[1:] = b
print("slice assign:", z)
print("bytes:", bytes(Backwards([65, 66])))
print("bytearray:", bytearray(Backwards([67, 68])))
ba = bytearray(b"xy")
ba[0:1] = Backwards([69, 70])
print("bytearray slice assign:", ba)
print("tuple star:", (*b,), "set star:", sorted({*b}))
print("total calls:", Backwards.calls)
