# A realistic TypedList: a list subclass that validates every way items can
# enter it (append, extend, insert, item/slice assignment, +=, constructor).
class TypedList(list):
    def __init__(self, item_type, items=()):
        self.item_type = item_type
        super().__init__(self._check(x) for x in items)

    def _check(self, value):
        if not isinstance(value, self.item_type):
            raise TypeError(f"expected {self.item_type.__name__}, got {type(value).__name__}: {value!r}")
        return value

    def append(self, value):
        super().append(self._check(value))

    def insert(self, index, value):
        super().insert(index, self._check(value))

    def extend(self, values):
        super().extend([self._check(v) for v in values])

    def __iadd__(self, values):
        self.extend(values)
        return self

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            value = [self._check(v) for v in value]
        else:
            value = self._check(value)
        super().__setitem__(index, value)

    def __add__(self, other):
        result = TypedList(self.item_type, self)
        result.extend(other)
        return result

    def __getitem__(self, index):
        result = super().__getitem__(index)
        if isinstance(index, slice):
            return TypedList(self.item_type, result)
        return result

    def __repr__(self):
        return f"TypedList[{self.item_type.__name__}]({list.__repr__(self)})"

nums = TypedList(int, [3, 1, 2])
nums.append(5)
nums.insert(0, 0)
nums.extend(range(6, 8))
nums += [9]
nums[0] = 10
nums[1:3] = [11, 12]
print(nums, len(nums), sum(nums))
attempts = [
    ("append", lambda: nums.append("x")),
    ("insert", lambda: nums.insert(0, 1.5)),
    ("extend", lambda: nums.extend([1, None])),
    ("iadd", lambda: nums.__iadd__(["s"])),
    ("setitem", lambda: nums.__setitem__(0, [1])),
    ("slice", lambda: nums.__setitem__(slice(0, 2), [1, "two"])),
    ("add", lambda: nums + [b"b"]),
    ("init", lambda: TypedList(str, ["ok", 3])),
]
for label, action in attempts:
    try:
        action()
        print(label, "accepted")
    except TypeError as e:
        print(label, type(e).__name__, e)
print(nums, "unchanged after failures")
head = nums[:3]
print(head, type(head).__name__, head.item_type.__name__, nums[-1])
both = head + [100]
print(both, type(both).__name__)
nums.sort(reverse=True)
print(nums, nums.pop(), nums.index(10), 12 in nums)
bools = TypedList(int, [True, False])
print(bools, "bool is an int subclass")
words = TypedList(str, "abc")
words.append(type("Sym", (str,), {})("sym"))
print(words, [type(w).__name__ for w in words])
print(isinstance(words, list), list(words), sorted(words, reverse=True))
