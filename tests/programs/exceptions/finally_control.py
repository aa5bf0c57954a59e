# return/break/continue through finally; finally overriding return.
def returns_in_try():
    try:
        return "try"
    finally:
        print("cleanup")
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(returns_in_try(), finally_overrides(), swallow())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def loop_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("leaving", i)
print(loop_return())
def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("n =", n)
    return n
print(counter())
def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_at_return())
