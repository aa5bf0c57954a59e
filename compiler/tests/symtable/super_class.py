class A:
    def f(self):
        return super().f()

    def g(self):
        return __class__

    def h(self):
        return lambda: super()

    def i(self):
        def nested():
            return super()

        return nested

    def j(self):
        return [super() for _ in range(1)]

    def plain(self):
        return 1

    super_in_body = super


class B:
    def no_super(self):
        return 2


class C:
    class D:
        def f(self):
            return super()


def outside():
    return super()


def func_with_class():
    class E:
        def f(self):
            return __class__

    return E


class F:
    def f(self):
        __class__ = 1
        return __class__


class G:
    __class__ = 1

    def f(self):
        return super()
