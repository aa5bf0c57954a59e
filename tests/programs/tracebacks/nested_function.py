# An error in a nested function called through map().
def outer(n):
    def inner(k):
        return {"x": k}[n]
    return inner(n)
print(list(map(outer, ["x", "y"])))
