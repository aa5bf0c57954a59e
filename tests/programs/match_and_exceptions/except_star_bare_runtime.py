# A bare `except*:` is a SyntaxError in CPython; pyvm compiles it and then
# panics ("the verifier keeps the stack from underflowing") when it runs.
try:
    raise ValueError(1)
except*:
    print("caught")
