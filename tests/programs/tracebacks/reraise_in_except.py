# An exception raised while handling another, inside nested calls.
def load(key):
    return {"a": 1}[key]
def fallback(key):
    try:
        return load(key)
    except KeyError:
        return int(key)
fallback("b")
