from os.path import *
from collections import *

print(join, OrderedDict)


def uses():
    return join
