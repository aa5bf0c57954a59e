# Edge errors of exception chaining: a cause class whose constructor fails
# raises that constructor's error; __suppress_context__ only takes bools.


class Picky(Exception):
    def __init__(self, required):
        super().__init__(required)


try:
    raise ValueError("x") from Picky
except TypeError as e:
    print("TypeError:", e)

try:
    raise ValueError("x") from Picky("ok")
except ValueError as e:
    print("instance cause fine:", repr(e.__cause__))

e = ValueError("manual")
for value in [True, False, 0, 1, None, "yes"]:
    try:
        e.__suppress_context__ = value
        print("accepted", repr(value), "->", e.__suppress_context__)
    except TypeError as err:
        print("TypeError for", repr(value) + ":", err)
