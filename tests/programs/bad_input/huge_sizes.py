# Objects too big to make raise MemoryError (or OverflowError) at once.

cases = [
    "[0] * 10**12",
    "[None] * 2**62",
    "(1,) * 10**12",
    "'x' * 10**12",
    "'ab' * 2**62",
    "b'x' * 10**12",
    "bytes(10**12)",
    "bytearray(10**12)",
    "list(range(10**12))",
    "tuple(range(10**12))",
    "[*range(10**12)]",
    "sorted(range(10**12))",
    "[0] * 10**30",
    "'x'.ljust(10**12)",
    "'x'.rjust(10**12, '*')",
    "'x'.center(10**12)",
    "'x'.zfill(10**12)",
    "b'x'.ljust(10**12)",
    "b'x'.zfill(10**12)",
    "'x\\t'.expandtabs(10**12)",
    "b'x\\t'.expandtabs(10**12)",
    "'{:>1000000000000}'.format(1)",
    "f'{1:1000000000000}'",
    "'%1000000000000d' % 1",
    "1 << 10**12",
    "len(range(10**30))",
]
for source in cases:
    try:
        result = eval(source)
        print(source, "->", type(result).__name__)
    except (MemoryError, OverflowError) as error:
        print(source, "->", type(error).__name__, error)
