# An exception raised in finally replaces the original one.
try:
    print("working")
    raise ValueError("original")
finally:
    print("cleaning up")
    raise RuntimeError("cleanup failed")
