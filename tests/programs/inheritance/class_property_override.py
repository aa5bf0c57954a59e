# A __class__ property defined on a class overrides the attribute; isinstance consults it.
class Liar:
    @property
    def __class__(self):
        return int
l = Liar()
print(type(l).__name__, l.__class__.__name__, isinstance(l, int), isinstance(l, Liar))
