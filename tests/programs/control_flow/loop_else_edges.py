# for/while else with break, continue, return, exceptions and empty iterables.
def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
    else:
        return "not found"
    return f"found at {i}"
print(search([1, 2, 3], 2), search([], 1), search([5], 6))
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while else ran", n)
while False:
    pass
else:
    print("else of a loop that never ran")
for i in range(3):
    try:
        if i == 1:
            continue
    finally:
        print("finally", i)
else:
    print("for else after continue")
def in_try():
    for x in [1]:
        try:
            return "returned"
        finally:
            print("cleanup before return")
    else:
        print("not reached")
print(in_try())
try:
    for x in [1, 2]:
        if x == 2:
            raise ValueError("stop")
    else:
        print("not reached")
except ValueError as e:
    print("exception skips else:", e)
for outer in range(3):
    for inner in range(3):
        if inner == outer == 1:
            break
    else:
        continue
    print("broke out at", outer, inner)
    break
