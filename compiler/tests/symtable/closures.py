def outer():
    x = 1
    y = 2

    def middle():
        z = 3

        def inner():
            return x + z

        return inner

    def uses_y():
        return y

    return middle, uses_y


def make_adders():
    return [lambda n: n + k for k in range(3)]


def passes_through():
    v = 1

    def a():
        def b():
            def c():
                return v

            return c

        return b

    return a


def param_cell(p, *rest, **kw):
    def g():
        return p, rest, kw

    return g


def shadowed():
    q = 1

    def g():
        q = 2
        return q

    return g


def late_binding():
    def g():
        return later

    later = 5
    return g


def lambda_nest():
    return lambda a: lambda b: lambda c: a + b + c


def delete_cell():
    d = 1

    def g():
        return d

    del d
    return g
