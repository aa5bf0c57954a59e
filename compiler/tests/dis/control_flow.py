# Control flow: if/elif/else, conditions that short-circuit, pass,
# assert, nested branches and constant conditions.
if a:
    x = 1

if a:
    x = 1
else:
    x = 2

if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4

if a and b:
    x = 5
if a or b:
    x = 6
if not a:
    x = 7
if a and (b or c) and not d:
    x = 8
if a < b < c:
    x = 9
if a is None:
    x = 10
if a is not None:
    x = 11

if True:
    x = 12
if False:
    x = 13
while 0:
    x = 14

if a:
    if b:
        x = 15
    else:
        pass
else:
    pass

assert a
assert a, 'message'
assert isinstance(a, int), f'{a!r} is not an int'
