def f(a: A, *args: Star, b: Kw = 1, **kw: Kws) -> Ret:
    local: LocalAnn = 1
    other: OtherAnn
    (paren): ParenAnn
    (paren_value): ParenAnn = 2
    obj.attr: AttrAnn
    obj[0]: SubAnn = 1
    return local


x: ModuleAnn = 1
y: (lambda: Visible)


class C:
    field: FieldAnn
    value: int = 0

    def m(self) -> "C":
        return self


def g(p: (lambda: 1), q: (lambda: 2) = (lambda: 3)) -> (lambda: 4):
    pass
