# break and continue crossing try/finally and with blocks inside loops:
# finally always runs, break/continue in finally discard exceptions and
# return values, nested loops.


class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  enter", self.name)
        return self

    def __exit__(self, *exc):
        print("  exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("--")


def break_in_finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"loop ended at {i}, exception swallowed"


print(break_in_finally_swallows())


def continue_in_finally_swallows():
    seen = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            seen.append(i)
            continue
    return seen


print(continue_in_finally_swallows())


def break_in_finally_discards_return():
    for i in range(3):
        try:
            return f"returned at {i}"
        finally:
            if i < 2:
                continue
    return "fell out"


print(break_in_finally_discards_return())

for i in range(3):
    with Tracker(f"w{i}"):
        if i == 0:
            continue
        if i == 1:
            try:
                break
            finally:
                print("  inner finally before exit")
print("--")

for outer in range(3):
    for inner in range(3):
        try:
            if inner == 1:
                break
            if outer == 1:
                continue
        finally:
            print(f"finally outer={outer} inner={inner}")
    else:
        print("inner loop completed")
print("--")

# while loop with try/except/else/finally.
n = 0
while True:
    n += 1
    try:
        if n % 2:
            raise ValueError(n)
    except ValueError:
        print("odd", n)
        continue
    else:
        print("even", n)
        if n >= 4:
            break
    finally:
        print("finally", n)
print("while ended", n)


# Exception in a loop body with finally, caught outside.
def count_until_error(items):
    done = []
    try:
        for x in items:
            try:
                done.append(10 // x)
            finally:
                done.append("f")
    except ZeroDivisionError:
        done.append("caught")
    return done


print(count_until_error([1, 2, 0, 5]))
