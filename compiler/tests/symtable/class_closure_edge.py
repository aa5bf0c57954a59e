def outer():
    __class__ = "not a cell of a class"

    class C:
        def m(self):
            return __class__

    return C


def outer2():
    class C:
        def m(self):
            return super()

        class Inner:
            def n(self):
                return __class__

    return C


class WithComprehension:
    def m(self):
        return [lambda: super() for _ in range(2)]


class SuperInClassBody:
    x = super()
    y = [super() for _ in range(1)]
