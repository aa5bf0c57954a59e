import random
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 50, 5) for _ in range(5)], random.getrandbits(40))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice("abcdefg"), random.sample(range(100), 5), random.uniform(1, 2))
print(random.choices(["x", "y", "z"], k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
r = random.Random(42)
print(r.random(), r.randint(0, 10**12), r.choice([10, 20, 30]))
r2 = random.Random(42)
print(r2.random() == random.Random(42).random())
state = r.getstate()
first = [r.random() for _ in range(2)]
r.setstate(state)
print(first == [r.random() for _ in range(2)])
random.seed("text seed") if False else random.seed(7)
print(random.random(), random.randrange(10**20))
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3),
            lambda: random.randrange(0), lambda: random.randrange(1, 2, 0)]:
    try:
        print(bad())
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
