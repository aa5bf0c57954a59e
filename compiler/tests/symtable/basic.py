"""Module, function locals, globals, parameters, imports."""
import os
import os.path
import xml.etree.ElementTree as ET
from collections import OrderedDict, defaultdict as dd
from . import sibling
from .. import cousin as c2

x = 1
y: int = 2
z: int
x += 1
del x
print(x, y, z, undefined_name)


def f(a, b=1, *args, c, d=2, **kwargs):
    e = a + b
    e += 1
    del e
    g = len(args)
    import json
    from os import path as p
    return c, d, kwargs, g, json, p, os


def unused():
    pass


for i in range(3):
    pass
else:
    j = i

while False:
    k = 1

with open("f") as fh, open("g") as (gh, hh):
    pass

if (w := 10) > 5:
    pass

a, *b = [1, 2, 3]
[c, d] = 1, 2
obj.attr = 1
obj[key] = 2
obj.attr2 += 1
