# str() of small ints (which pyvm shares): the same text however it is
# made, before and after collections.
import gc

edges = [-257, -11, -10, -1, 0, 1, 9, 10, 11, 99, 100, 255, 256, 257, 1000, 2**31, -(2**63)]
for n in edges:
    made = [str(n), repr(n), f"{n}", "%d" % n, format(n), "{}".format(n)]
    print(n, made[0], all(m == made[0] for m in made), len(made[0]))

words = {}
for round_ in range(3):
    for n in range(300):
        words.setdefault(str(n), 0)
        words[f"{n}"] += 1
    gc.collect()
print(len(words), words["0"], words["42"], words["256"], words["299"])

parts = [f"{i % 97} {i % 13} item{i % 7}" for i in range(100_000)]
print(parts[0], parts[12345], parts[-1], len(set(parts)))
gc.collect()
print(str(12) + str(34), str(200).zfill(5), str(7) * 3, str(255)[::-1])
print(sorted({str(i) for i in range(20)})[:12])


class Big(int):
    def __str__(self):
        return "big"


print(str(Big(12)), f"{Big(12)}", repr(Big(12)), str(True), f"{False}", str(12.0))
s = str(42)
t = s.upper() + s.lower() + s.join("ab")
print(t, s.isdigit(), s.encode(), hash(s) == hash("42"), s == "4" + "2")
print(int(str(250)) + 1, str(-5).lstrip("-"), max(map(str, range(150))))
