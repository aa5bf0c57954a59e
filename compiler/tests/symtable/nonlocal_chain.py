def a():
    x = 1

    def b():
        def c():
            nonlocal x
            x = 2

            def d():
                return x

            return d

        return c

    return b


def through_class():
    v = 1

    class K:
        def m(self):
            nonlocal v
            v = 2

    return K


def both():
    shared = 1

    def reader():
        return shared

    def writer():
        nonlocal shared
        shared = 3

    return reader, writer


def deleted():
    gone = 1

    def g():
        nonlocal gone
        del gone

    return g
