# range(): the argument count is checked before any argument is converted,
# arguments convert in order, and lengths of small and huge ranges.
for args in [(), (1, 2, 3, "x"), ("x",), (1, "y"), (1, 2, "z"), (1, 2, 0), ("a", "b", "c", "d", "e"), (5,), (10, 0, -3), (2**70, 2**70 + 5, 2), (-2**63, 2**63 - 1), (True, 5)]:
    try:
        r = range(*args)
        print(r, len(r) if len(r) < 2**62 else "big", list(r)[:4] if len(r) < 100 else "")
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(len(range(-2**63, 2**63)))
except OverflowError as e:
    print("OverflowError", e)
print(range(-2**63, 2**63)[-1], range(0, 10, 3)[-1], len(range(0, -10, -3)), len(range(5, 5)), len(range(-5, 5, 7)))
