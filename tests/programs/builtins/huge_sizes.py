# Huge allocations raise MemoryError or OverflowError, and the program goes on.
for label, make in [
    ("list", lambda: [0] * 10 ** 12),
    ("str", lambda: "ab" * 10 ** 12),
    ("bytes", lambda: b"x" * 10 ** 12),
    ("tuple", lambda: (1,) * 10 ** 12),
    ("huge repeat", lambda: [0] * 10 ** 20),
    ("range list", lambda: list(range(10 ** 12))) if False else ("skip", lambda: None),
]:
    try:
        value = make()
        print(label, "made", value)
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, str(e)[:60])
print([0] * -5, "x" * -1, (1, 2) * 0, len([None] * 1000))
big = range(10 ** 20)
print(len(range(10 ** 6)), big[-1], big[10 ** 19], 10 ** 19 in big)
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 100000 > 10 ** 30000, len(str(7 ** 5000)), (3 ** 10000) % 1000, (10 ** 10 ** 5) % 7)
try:
    "x" * (2 ** 63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    [1] * (2 ** 100)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print("done")
