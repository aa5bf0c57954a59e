# bool is an int subclass: arithmetic, repr, comparisons.
print(True + True, True * 10, False - True, True / 2, -True, +False)
print(True == 1, False == 0, isinstance(True, int), issubclass(bool, int))
print(sum([True, True, False, True]), max(True, 2), min(False, -1))
print(str(True), repr(False), int(True), float(False), bool(0), bool(-1), bool(0.0), bool(""))
print(True > False, True < 2, [10, 20][True], "ab"[False])
print(bool.__name__, type(True).__mro__)
print(bool(None), bool([]), bool([0]), bool({}), bool(()), bool(range(0)))
print(not 0, not 1, not None, 1 and 2, 0 and 2, 0 or 3, "" or [] or None)
