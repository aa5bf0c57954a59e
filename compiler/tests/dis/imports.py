# Imports: plain, dotted, aliased, from-imports, relative imports,
# star imports, and imports inside functions.
from __future__ import annotations

import os
import os.path
import xml.etree.ElementTree as ET
import sys as system, json
from collections import OrderedDict
from collections import defaultdict as dd, deque
from os.path import (join, split)
from . import sibling
from .. import parent
from .module import name
from ..package.module import other as alias
from math import *


def local_imports():
    import re
    from itertools import chain as ch
    import a.b.c
    import a.b.c as abc
    return re, ch, a, abc
