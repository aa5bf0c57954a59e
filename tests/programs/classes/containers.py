# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __iter__, __contains__.
class Deck:
    def __init__(self):
        self.cards = list("A23456789")
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, index):
        return self.cards[index]
    def __setitem__(self, index, value):
        self.cards[index] = value
    def __delitem__(self, index):
        del self.cards[index]
d = Deck()
print(len(d), d[0], d[-1], d[2:5], "5" in d, "K" in d, list(reversed(d))[:3])
d[0] = "K"
del d[1]
print(list(d), [c for c in d][:2], sorted(d)[:2])
class Range3:
    def __iter__(self):
        yield from (1, 2, 3)
    def __contains__(self, item):
        print("contains", item)
        return item == 2
r = Range3()
print(list(r), 2 in r, 5 in r, max(r), sum(r))
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), 5 in Squares())
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1, 2], g[1:2], g[::2], g[..., 1], g["k"])
try:
    len(Grid())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
