# random: the Mersenne Twister gives CPython's sequences for a seed.
import random

for seed in [0, 1, 42, 12345, -7, 2**32, 2**32 - 1, 2**64 + 5, -(3**100), 123456789012345678901234567890, 3.5, True]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)])
    print(" bits", random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100), random.getrandbits(0))
    print(" ints", [random.randint(1, 6) for _ in range(15)])
    print(" range", random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7), random.randrange(-10**30, 10**30), random.randrange(2**70))

random.seed(2024)
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(range(100), 10), random.sample("abcdefgh", 3), random.sample(range(10**12), 5))
print(random.sample(list(range(200)), 30))
print([random.choice("abcdef") for _ in range(20)], random.choice([10, 20, 30]))
print([round(random.uniform(-5, 5), 12) for _ in range(5)], random.uniform(1, 1))
print(random.choices("abc", k=10), random.choices(range(4), weights=[1, 0, 5, 2], k=8))
print(random.choices([1, 2, 3], cum_weights=[1, 1, 10], k=6))

r = random.Random(99)
s = random.Random(99)
print([r.random() for _ in range(4)] == [s.random() for _ in range(4)], r.randint(0, 10**6))
state = r.getstate()
first = [r.random() for _ in range(5)]
r.setstate(state)
print(first == [r.random() for _ in range(5)], len(state[1]), state[0])
print(type(r).__name__, isinstance(r, random.Random))
random.seed()
x = random.random()
print(0.0 <= x < 1.0)
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.getrandbits(-1),
            lambda: random.randrange("x"), lambda: random.sample({1, 2}, 1), lambda: random.seed([1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
