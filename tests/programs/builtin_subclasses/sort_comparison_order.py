# list.sort / sorted must make exactly CPython's (timsort) sequence of
# comparisons; subclasses with a logging __lt__ make the sequence visible.
class Key(int):
    log = []
    def __lt__(self, other):
        Key.log.append(f"{int(self)}<{int(other)}")
        return int(self) < int(other)

for data in ([1, 3, 2], [3, 2, 1], [1, 2, 3], [2, 1, 3, 5, 4], [5, 1, 4, 2, 3, 0]):
    Key.log = []
    result = sorted(Key(v) for v in data)
    print(data, "->", result, len(Key.log), " ".join(Key.log))

class Rec(list):
    calls = 0
    def __lt__(self, other):
        Rec.calls += 1
        return self[0] < other[0]
rows = [Rec([v, str(v)]) for v in [4, 8, 1, 9, 3, 3, 7, 2]]
rows.sort()
print([r[0] for r in rows], Rec.calls)
Rec.calls = 0
rows.sort(reverse=True)
print([r[0] for r in rows], Rec.calls)
