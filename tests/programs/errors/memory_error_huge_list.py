try:
    [0] * 10**12
except MemoryError as e:
    print("MemoryError", repr(e))
try:
    "x" * 10**15
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
print("still running")
big = [0] * 10**12
