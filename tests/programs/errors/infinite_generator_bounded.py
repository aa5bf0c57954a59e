def forever():
    n = 0
    while True:
        yield n
        n += 1
def take_while_small(gen, limit):
    out = []
    for x in gen:
        if x >= limit:
            break
        out.append(x)
    return out
print(take_while_small(forever(), 10))
g = forever()
total = 0
for i, x in enumerate(g):
    total += x
    if i == 2_000:
        break
print(total, next(g))
squares = (x * x for x in forever())
print([next(squares) for _ in range(5)])
print(any(x > 1000 for x in forever()), next(x for x in forever() if x % 7 == 6))
