# TypeError for an operator deep in a call chain.
def combine(a, b):
    return a + b
def build(parts):
    result = parts[0]
    for part in parts[1:]:
        result = combine(result, part)
    return result
print(build(["x", "y"]))
print(build([1, "two"]))
