# divmod on ints, floats, bools and big ints.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(5, 0.5))
print(divmod(True, 2), divmod(2**100, 7), divmod(-(2**100), 7))
print(divmod(10**30, 10**15))
for args in [(1, 0), (1.0, 0.0)]:
    try:
        divmod(*args)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
