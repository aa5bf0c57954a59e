# Ends with an uncaught exception thrown through a yield-from chain; the traceback
# lists every generator frame the exception passed through.
def leaf():
    while True:
        try:
            yield "leaf"
        except KeyError as e:
            print("leaf handled", repr(e))

def branch():
    yield "branch start"
    yield from leaf()

def trunk():
    try:
        yield from branch()
    finally:
        print("trunk finally")

t = trunk()
print(next(t))
print(next(t))
print(t.throw(KeyError("handled below")))
print(next(t))
t.throw(ValueError("nobody handles this"))
print("not reached")
