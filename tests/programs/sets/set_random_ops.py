# Random mixes of set operations on small ints (and -1/-2, which share a
# hash): the printed order must be CPython's slot order throughout.
import random

for seed in range(12):
    rng = random.Random(seed)
    s = set()
    t = {rng.randrange(-3, 60) for _ in range(rng.randrange(1, 12))}
    for step in range(60):
        op = rng.randrange(10)
        x = rng.randrange(-3, 200 if seed % 3 == 0 else 40)
        if op < 4:
            s.add(x)
        elif op < 6:
            s.discard(x)
        elif op == 6 and s:
            s.pop()
        elif op == 7:
            s |= {x, x + 1, x * 2}
        elif op == 8:
            s ^= t
        else:
            s -= set(range(x, x + 5))
    print(seed, s, len(s))
    print("  ", s | t, s & t, s - t, t - s, s ^ t, t ^ s)
    print("  ", s.union(range(5)), t.intersection(s, range(100)), s.difference([1, 2], t), frozenset(s), s.copy())
