class K:
    def __hash__(self):
        return hash("a")
    def __eq__(self, other):
        return other == "a"
d = {K(): 1}
d["a"] = 2
print(len(d), list(d.values()))
e = {}
e["x"] = 1; e["x"] += 1; e["y"] = 0
print(e)
class S(str):
    pass
f = {S("k"): 1}
f["k"] = 5
print(f, type(list(f)[0]).__name__)
