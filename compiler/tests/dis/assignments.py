# Assignments: simple, chained, unpacking, starred unpacking, augmented,
# attribute and subscript targets, deletion, global names.
x = 1
x = y = z = 0
a, b = 1, 2
a, b = b, a
a, b, c = c, b, a
(a, b), c = (1, 2), 3
[a, b] = [3, 4]
first, *rest = range(5)
*init, last = range(5)
head, *middle, tail = 'abcdef'
obj.attr = 1
obj.a.b = 2
seq[0] = 3
seq[1:2] = [4]
mapping['key'] = value
x += 1
x -= 2
x *= 3
x /= 4
x //= 5
x %= 6
x **= 7
x <<= 8
x >>= 9
x &= 10
x |= 11
x ^= 12
x @= m
obj.count += 1
seq[i] *= 2
seq[i:j] += [0]
del x
del obj.attr
del seq[0], seq[1:2]
del a, (b, c), [d]
for obj.item in range(3):
    pass
