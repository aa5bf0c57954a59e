from __future__ import annotations


def f(a: OnlyInAnnotation, *args: StarAnn, b: KwAnn = 1, **kw: KwsAnn) -> ReturnAnn:
    local: LocalAnn = 1
    other: OtherAnn
    return local


x: ModuleAnn = 1
y: (lambda: Hidden)


class C:
    field: FieldAnn
    value: int = 0
