# An object with only __index__ on the LEFT of * with a sequence on the
# right repeats the sequence (the sequence's repeat slot is used).

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(I(2) * "x", I(2) * [1], I(2) * (1,), I(3) * b"a")
print(I(0) * "abc", I(-1) * [1])
print("ab" * I(2), [0] * I(3))
