def bubble(xs):
    xs = list(xs)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while left and right:
        out.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return out + left + right
def quick(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])
def binary_search(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(xs) and xs[lo] == target else -1
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
print(bubble(data), merge_sort(data), quick(data), sorted(data) == quick(data))
s = sorted(data)
print([binary_search(s, t) for t in [3, 82, -5, 100, 11]])
def rotate(xs, k):
    k %= len(xs)
    return xs[-k:] + xs[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([1], 7))
def chunks(xs, n):
    return [xs[i:i + n] for i in range(0, len(xs), n)]
print(chunks(list(range(10)), 3), list(zip(*chunks(list(range(9)), 3))))
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
def dedupe(xs):
    seen = set()
    return [x for x in xs if not (x in seen or seen.add(x))]
print(dedupe([3, 1, 3, 2, 1, 5]), list(dict.fromkeys("mississippi")))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [row[::-1] for row in matrix[::-1]])
stack, queue = [], []
for i in range(5):
    stack.append(i)
    queue.insert(0, i)
print([stack.pop() for _ in range(3)], [queue.pop() for _ in range(3)], stack, queue)
nums = [5, 2, 8, 1]
nums.sort(reverse=True)
print(nums, nums.copy() is nums, nums[:] == nums, nums.index(8), nums.count(2))
nums.reverse(); nums.clear(); print(nums)
