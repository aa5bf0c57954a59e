# Nested loops with break/continue/else, loop variables after the loop, and try inside loops.
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print(found, i, j)
for k in range(3):
    pass
print(k)
for empty in []:
    pass
try:
    empty
except NameError as e:
    print("NameError:", e)
results = []
for n in range(6):
    try:
        if n % 2:
            raise ValueError(n)
        results.append(10 // (n - 4))
    except ValueError as e:
        results.append(f"odd {e}")
        continue
    except ZeroDivisionError:
        results.append("zero")
        break
    finally:
        results.append("f")
print(results)
count = 0
while True:
    count += 1
    if count < 3:
        continue
    if count > 4:
        break
print(count)
