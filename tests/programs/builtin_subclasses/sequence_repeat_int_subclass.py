# Repeating a sequence by an int-subclass count uses the int value (the
# subclass's __index__ is not consulted for int instances).
class I(int):
    pass
print((1, 2) * I(2), [1] * I(3), "ab" * I(2), I(2) * "x", b"a" * I(3), bytearray(b"z") * I(2))
class Index(int):
    def __index__(self):
        return 5
for expr in ['(1, 2) * Index(2)', '[1] * Index(2)', '"ab" * Index(2)', 'Index(2) * "x"', 'b"a" * Index(2)']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
lst = [0]
lst *= I(3)
print(lst)
s = "ab"
s *= I(2)
print(s, "x".center(I(5), "*"), "abc"[I(1)], [1, 2, 3][I(-1)], list(range(I(3))))
