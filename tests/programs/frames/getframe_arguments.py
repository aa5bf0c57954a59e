# sys._getframe's depth argument: a C int, positional only.
import sys

for arg in [10**30, -10**30, 2**31, -2**31 - 1, 2**31 - 1, 2.0, True, None, "1"]:
    try:
        print(sys._getframe(arg).f_code.co_name)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: sys._getframe(depth=1), lambda: sys._getframe(0, 0)]:
    try:
        call()
    except TypeError as e:
        print(e)


class Depth:
    def __index__(self):
        return 1


def via_index():
    return sys._getframe(Depth()).f_code.co_name


print(via_index())
