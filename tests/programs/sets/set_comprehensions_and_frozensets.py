words = "the cat and the hat and the bat sat".split()
unique = {w for w in words}
print(sorted(unique), len(unique), {len(w) for w in words}, {w[0] for w in words if len(w) == 3})
vowels = frozenset("aeiou")
print(sorted({c for w in words for c in w} & vowels), sorted({c for w in words for c in w} - vowels))
graph = {"a": {"b", "c"}, "b": {"d"}, "c": {"d", "e"}, "d": set(), "e": {"a"}}
def reachable(start):
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(graph[node] - seen)
    return seen
print(sorted(reachable("b")), sorted(reachable("a")), sorted(reachable("e")))
groups = {frozenset({1, 2}): "pair", frozenset({3}): "single", frozenset(): "empty"}
print(groups[frozenset([2, 1])], frozenset({1, 2}) | frozenset({3}), frozenset({1}) < frozenset({1, 2}))
pairs = {(a, b) for a in range(4) for b in range(4) if a < b}
print(sorted(pairs), len(pairs), (0, 3) in pairs, (3, 0) in pairs)
s = set(range(10))
evens = {x for x in s if x % 2 == 0}
print(sorted(s - evens), sorted(s ^ {20}), s.issuperset(evens), evens.isdisjoint({1, 3}), sorted(evens | {11}))
