# list[int] and the other built-in generics: types.GenericAlias, as
# annotations make them.

class A:
    pass


class MyList(list):
    pass


alias = list[int]
print(alias, type(alias).__name__, alias.__origin__, alias.__args__)
print(dict[str, list[int]], tuple[int, ...], type[A], set[A | None], frozenset[bytes])
print(MyList[str], list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(list[int]("ab"), dict[str, int](a=1))


def f(items: list[int], mapping: dict[str, tuple[int, str]] = None) -> list[str]:
    return [str(i) for i in items]


print(f([1, 2]), f.__annotations__)
try:
    int[str]
except TypeError as error:
    print("TypeError:", error)
try:
    isinstance([], list[int])
except TypeError as error:
    print("TypeError:", error)
print(list[()], tuple[()])
