"""Lists, tuples and unpackings made from ranges: empty, negative steps,
the ends of i64 and past it, and the errors of sizes no list can have."""

import sys
M = sys.maxsize
for r in [range(0), range(5), range(-3, 3), range(10, 0, -3), range(0, 10, 4), range(5, 5), range(5, 0),
          range(M - 3, M), range(-M - 1, -M + 2), range(M - 10, M, 4), range(-M - 1, M, M), range(M, -M - 1, -M),
          range(0, 2**70, 2**67), range(2**64, 2**64 + 3), range(-2**64, -2**64 - 6, -2)]:
    print(list(r), len(r))
a = [1, 2]
a.extend(range(3))
a += range(10, 7, -1)
print(a, [*range(4)], tuple(range(3)))
try:
    list(range(2**62))
except MemoryError:
    print("MemoryError")
try:
    list(range(0, 2**80, 2))
except (MemoryError, OverflowError) as error:
    print(type(error).__name__)
for make in (lambda: [*range(0, 2**80, 2)], lambda: [].extend(range(2**80)), lambda: tuple(range(2**80)), lambda: len(range(2**80))):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
