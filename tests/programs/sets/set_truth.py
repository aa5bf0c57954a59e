# The truth of sets, frozensets and dict views: empty ones are false.

print(not set(), bool(set()), not frozenset(), bool({1}))
s = {x for x in []}
print(not s, bool(s), len(s))
if s:
    print("truthy!")
x = set()
print(not x)
d = {}
print(not d.keys(), not d.values(), not d.items(), bool({1: 2}.keys()))
class S(set): pass
print(not S(), bool(S([1])), not frozenset([1]))
print([1 for s in [set(), {0}, frozenset()] if s])
while set():
    print("never")
print(any([set(), frozenset()]), all([{1}, {2}]))
