# set methods with several arguments and iterables, frozenset results, subclasses.
s = {1, 2, 3}
print(sorted(s.union([3, 4], (5,), [6])), sorted(s.intersection([2, 3, 9], {3, 2})), sorted(s.difference([1], [2])))
print(sorted(s.symmetric_difference([3, 4])), s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint("abc"))
t = s.copy()
t.update([10], {11})
t.difference_update([1, 10])
t.symmetric_difference_update({2, 99})
print(sorted(t), sorted(s))
f = frozenset([1, 2]) | {3}
g = {3} | frozenset([1, 2])
print(type(f).__name__, type(g).__name__, sorted(f), type(frozenset([1]).union([2])).__name__)
print(frozenset([1, 2]) == {1, 2}, {1, 2} <= frozenset([1, 2, 3]), {frozenset([1]): "x"})
class Tags(set):
    def add(self, item):
        super().add(item.lower())
tags = Tags()
tags.add("Python")
tags.add("PYTHON")
tags |= {"rust"}
print(sorted(tags), len(tags), type(tags).__name__, isinstance(tags, set))
popped = {7}.pop()
print(popped, set().union(), set([1, 1, 1]))
keys = {"a": 1, "b": 2}.keys()
print(sorted(keys | {"c"}), sorted(keys & {"b"}), sorted({"x": 1}.items() | {("y", 2)}))
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
