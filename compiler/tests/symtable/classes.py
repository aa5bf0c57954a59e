class Plain:
    attr = 1
    other = attr + 1

    def method(self):
        return attr

    def uses_self(self):
        return self.attr


def factory():
    x = "enclosing"
    y = "enclosing y"

    class Inner:
        x = "class"
        print(x, y)

        def get(self):
            return x

        def get_y(self):
            return y

    return Inner


def factory2():
    value = 1

    class Holder:
        global value2
        value2 = 2

        def get(self):
            return value, value2

    return Holder


class Outer:
    class Nested:
        class Deeper:
            pass

    def m(self):
        class InMethod:
            def n(self):
                return Outer

        return InMethod


class WithBases(Plain, metaclass=type, flag=lambda: 1):
    pass


@decorator
class Decorated:
    pass


def class_reads_free():
    fv = 1

    class C:
        a = fv

    return C


def class_binds_and_free():
    cv = 1

    class C:
        cv = cv

        def m(self):
            return cv

    return C
