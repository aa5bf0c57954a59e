@deco_a
@deco_b(lambda: 1)
def decorated(x=lambda: 2, *, y=lambda: 3) -> (lambda: 4):
    return lambda: 5


@(lambda fn: fn)
class Decorated(Base, meta=(lambda: 6)):
    @staticmethod
    def s():
        pass

    @property
    def p(self):
        return 1

    @p.setter
    def p(self, value):
        pass
