# An error raised in a generator's finally block when it is closed explicitly.
def resource():
    try:
        yield "opened"
    finally:
        raise RuntimeError("cleanup exploded")
g = resource()
print(next(g))
g.close()
