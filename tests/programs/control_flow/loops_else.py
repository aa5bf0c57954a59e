# for/while with else, break and continue.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 3:
    i += 1
else:
    print("while finished", i)
while True:
    break
else:
    print("never")
for x in []:
    pass
else:
    print("empty for runs else")
total = 0
for k in range(10):
    if k % 2:
        continue
    total += k
print(total)
n = 0
while n < 10:
    n += 1
    if n == 5:
        break
print(n)
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print((outer, inner), end=" ")
print()
