# dict() and update() from a sequence of pairs: a TypeError says the
# element is no sequence; other errors from the element's __iter__ pass.
class Bad:
    def __iter__(self):
        raise ValueError("no pairs here")


class Short:
    def __iter__(self):
        return iter([1])


for items in ([Bad()], [5], [Short()], [(1, 2), "ab", "abc"]):
    try:
        print(dict(items))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {}
try:
    d.update([("k", "v"), Bad()])
except ValueError as e:
    print("ValueError", e, d)
