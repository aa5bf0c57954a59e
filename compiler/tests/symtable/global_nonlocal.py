counter = 0
global declared_at_module
declared_at_module = 1


def bump():
    global counter
    counter += 1


def declares_only():
    global never_assigned
    return never_assigned


def parent_global():
    global pg

    def child():
        return pg

    def child_assigns():
        pg = 2
        return pg

    return child, child_assigns


def nl():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def reads():
        return n

    return inc, reads


def grand():
    g = 0

    def parent():
        def child():
            nonlocal g
            g = 1

        return child

    return parent


def nonlocal_then_global_child():
    m = 1

    def mid():
        nonlocal m

        def inner():
            return m

        return inner

    return mid


def global_shadows_enclosing():
    s = 1

    def mid():
        global s

        def inner():
            return s

        return inner

    return mid


class K:
    global class_global
    class_global = 1

    def method(self):
        return class_global


def walrus_global():
    global wg
    return [wg := i for i in range(3)]
