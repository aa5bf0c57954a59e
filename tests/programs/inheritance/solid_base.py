# __base__ is the "solid" base (the one whose instance layout is extended), not bases[0].
class Mixin: pass
class MyList(Mixin, list): pass
class ExcMixin: pass
class MyErr(ExcMixin, ValueError): pass
class Sub(MyList): pass
class Both(Mixin, ExcMixin): pass
print(MyList.__base__.__name__, MyErr.__base__.__name__, Sub.__base__.__name__, Both.__base__.__name__)
