# Sorting with tuple keys, itemgetter-like lambdas, multi-pass and reverse stability.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cat", 31, "la"), ("dan", 25, "nyc"), ("eve", 40, "sf")]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2])))
by_city = sorted(people, key=lambda p: p[2])
print(sorted(by_city, key=lambda p: p[1], reverse=True))
print(sorted(["b10", "a2", "a10", "b1"], key=lambda s: (s[0], int(s[1:]))))
print(sorted([-3, 2, -1, 0], key=abs), sorted([-3, 2, -1, 0], key=abs, reverse=True))
print(sorted([(1, None), (0, None)]), sorted([[3, "c"], [1, "a"]], key=lambda x: x[1]))
try:
    sorted([(1, None), (1, None), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
data = list(range(10))
data.sort(key=lambda v: v % 3)
print(data)
data.sort(key=lambda v: v % 3, reverse=True)
print(data)
print(sorted("Mississippi", key=str.lower), sorted(set("banana")), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
