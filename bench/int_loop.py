"""Integer arithmetic in nested loops."""


def work(n):
    total = 0
    for i in range(n):
        j = i
        while j > 0:
            total += j % 7 * (i & 15) - (j >> 2)
            j //= 3
    return total


print(work(400_000))
