# Loops: for and while with break, continue and else; nested loops;
# unpacking loop targets; infinite loops.
for i in range(10):
    print(i)

for i in range(10):
    if i == 3:
        continue
    if i == 7:
        break
    print(i)
else:
    print('no break')

for k, v in mapping.items():
    print(k, v)

for (a, b), *rest in pairs:
    pass

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
else:
    print('done')

while True:
    line = read()
    if not line:
        break

for i in range(3):
    for j in range(3):
        if i == j:
            break
    else:
        continue
    break

while a and b:
    a -= 1
