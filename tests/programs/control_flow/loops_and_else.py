def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never printed")
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        print("pair", i, j)
    else:
        print("inner never completes")
primes = []
for candidate in range(2, 30):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)
count = 0
for _ in range(0):
    count += 1
else:
    print("empty loop else", count)
x = 10
while x:
    x //= 2
    if x == 1:
        continue
    print("x", x)
data = iter([1, 2, 3])
for item in data:
    if item == 1:
        print("skipping", next(data))
    print("item", item)
