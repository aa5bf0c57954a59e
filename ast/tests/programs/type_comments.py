# pyvm-ast: type_comments
x = 1  # type: int
y = 2  # type: ignore[foo]
def f(a,  # type: int
      ):
    # type: (...) -> None
    for i in x:  # type: int
        pass
    with a as b:  # type: ignore
        pass
