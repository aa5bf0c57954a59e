# AttributeError on None returned from a function.
def find(items, wanted):
    for item in items:
        if item == wanted:
            return item
def shout(items):
    return find(items, "z").upper()
print(shout(["a", "b"]))
