"""Module docstring: miscellaneous statements that fit no other area."""
# pass, expression statements, constants of every type, large literals,
# __debug__, blocks nested deeply, and the `if __name__` idiom.
import sys

pass
42
'a string statement'
...
x = 123456789012345678901234567890
y = -0.0
z = 1e400
s = '\x00\n\t\u00e9\U0001f600'
b = b'\x00\xff'
t = (1, (2, (3, ())), 'four', None, frozenset())
if __debug__:
    debug = True
huge = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
        20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36]
mapping = {'a': 1, 'b': 2, 'c': 3}
keys = {1: 'one', 2: 'two'}
chained = obj.a.b.c.d.e
print(*sys.argv, file=sys.stderr)
global_name = globals()['sys']


def deep(a):
    if a:
        for b in a:
            while b:
                try:
                    with b as c:
                        if c:
                            return c
                except Exception:
                    b = None
    return None


def main():
    global x
    x = 2
    return x


if __name__ == '__main__':
    sys.exit(main())
