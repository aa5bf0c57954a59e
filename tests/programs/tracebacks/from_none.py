# raise ... from None hides the context in the traceback.
def lookup(name):
    try:
        return {"a": 1}[name]
    except KeyError:
        raise LookupError(f"no such name: {name}") from None

lookup("b")
