# Sequences and iterators: zip of one iterator, sort returning None, range slices, copies.
nums = [5, 3, 8, 1]
it = iter(nums)
print(list(zip(it, it)))
print(list(map(None.__class__, [])) if False else [], list(filter(lambda x: x > 2, nums)))
print(sorted(nums, key=lambda n: -n), list(reversed(sorted(nums))), nums.sort() or nums)
pairs = list(enumerate("abc"))
print(dict(pairs), [i for i, _ in pairs], list(zip(*pairs)))
print(list(range(10))[2:8:2], list(range(10, 0, -3)), range(5)[::-1], list(range(5)[::-1]))
a = [1, 2, 3]
b = a[:]
b[0] = 100
print(a, b, a == b[:1] + a[1:], [0] * 0, [[1, 2]] * 2)
