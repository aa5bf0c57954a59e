# ValueError from unpacking in a for loop in a function.
def pairs(rows):
    out = []
    for key, value in rows:
        out.append(f"{key}={value}")
    return out
print(pairs([("a", 1), ("b", 2, 3)]))
