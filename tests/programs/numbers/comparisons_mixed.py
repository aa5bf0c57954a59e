# Comparisons between ints, floats and bools at precision boundaries.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, big - 1 == float(big - 1))
print(10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"), 10 ** 400 < float("inf"), float("nan") < 1, float("nan") == float("nan"))
print(1 == 1.0 == True, 0 == -0.0, 2 ** 63 == 2.0 ** 63, 2 ** 63 - 1 == 2.0 ** 63, 9007199254740993 < 9007199254740992.0 + 2)
print(sorted([3, 1.5, True, 2 ** 70, -0.5, False, 2.5e21]), max(1, 1.0, True), min(0.0, 0, False))
print(1 < 2.5 < 3 < 10 ** 30 < 1e31 < float("inf"), [1, 2.0] == [1.0, 2], (1, 2) < (1, 2.5))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1) == hash(float(2 ** 61 - 1)) if False else "skip", hash(-1) == hash(-1.0), hash(0.5) == hash(0.5))
print({1: "a", 1.0: "b", True: "c"}, {0.0: 1}[0], 1.0 in {1}, 2 ** 70 in {float(2 ** 70)})
