# Capture patterns and wildcards: what gets bound, when, and what stays
# bound after a failed case.


def first_two(seq):
    match seq:
        case [a, b, *_]:
            return a, b
        case [a]:
            return a, None
        case _:
            return None, None


print(first_two([1, 2, 3]), first_two([9]), first_two([]), first_two("xy"))

# `_` is never bound.
_ = "outer underscore"
match 123:
    case _:
        pass
print("underscore still:", _)

# Captures rebind existing names in the enclosing scope.
x = "before"
match 5:
    case x:
        pass
print("x after capture:", x)


# Partially successful patterns may leave bindings behind (CPython binds
# only after the whole pattern matched, so a failed case binds nothing).
def partial():
    a = "unset"
    match (1, 2):
        case (a, 3):
            print("no")
        case (b, c):
            print("b, c =", b, c)
    return a


print("a after failed case:", partial())


# Captures inside a function are locals.
def local_capture(v):
    match v:
        case {"name": name}:
            pass
        case _:
            name = "anonymous"
    return name


print(local_capture({"name": "ada"}), local_capture(3))


# Capture in a comprehension-free loop.
results = []
for item in [(1, "one"), (2, "two"), "skip", (3, "three", "extra")]:
    match item:
        case (num, word):
            results.append(f"{num}={word}")
        case (num, word, *more):
            results.append(f"{num}={word}+{more}")
        case other:
            results.append(f"other:{other}")
print(results)

# Wildcard inside sequences and mappings.
for s in [(0, 0), (0, 9), (9, 0), (9, 9)]:
    match s:
        case (0, _):
            print(s, "starts with zero")
        case (_, 0):
            print(s, "ends with zero")
        case _:
            print(s, "neither")


# Binding is visible to globals when at module level.
def read_global():
    return captured_global


match [10, 20]:
    case [captured_global, _]:
        print("global binding:", read_global())


# Closures see captures.
def make():
    match "value":
        case v:
            return lambda: v


print("closure sees:", make()())

# Star-wildcard binds nothing.
match [1, 2, 3]:
    case [first, *_]:
        print("first:", first, "; _ is still", repr(_))
