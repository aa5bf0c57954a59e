# len() and truth testing accept a __len__ result that is not an int but
# has __index__; a huge __index__ result reports the original type.

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class Len:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v

print(len(Len(Idx(4))), bool(Len(Idx(0))), bool(Len(Idx(3))))
try:
    len(Len(Idx(-1)))
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2, 3][Idx(10 ** 30)]
except IndexError as e:
    print("IndexError:", e)
