# list, dict, range (and dict views) expose __reversed__, which reversed()
# and direct calls use; str and tuple do not have one.

for t in [list, dict, range, str, tuple, type({}.keys()), type({}.values()), type({}.items())]:
    print(t.__name__, hasattr(t, "__reversed__"))
print(list([3, 1, 2].__reversed__()), type([].__reversed__()).__name__)
print(list({"a": 1, "b": 2}.__reversed__()), type({}.__reversed__()).__name__)
print(list(range(3).__reversed__()), type(range(1).__reversed__()).__name__)
print(list({"a": 1, "b": 2}.items().__reversed__()))
print(list(list.__reversed__([1, 2])))
