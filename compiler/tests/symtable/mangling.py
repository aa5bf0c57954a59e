class Private:
    __secret = 1
    __dunder__ = 2
    _single = 3
    __ = 4

    def __method(self):
        return self.__secret, __secret

    def uses(self, __param):
        __local = __param
        import __mod
        import __pkg.sub
        from x import __name
        return __local, __mod, __pkg, __name

    def inner(self):
        def nested():
            __n = 1
            return __n

        return nested

    def glob(self):
        global __g
        __g = 1


class _Underscored:
    __x = 1


class ___:
    __y = 1


def __module_level():
    return __also_module


class Outer:
    class __Inner:
        __z = 1

    def m(self):
        return [__c for __c in range(3)]
