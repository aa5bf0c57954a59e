# A package with __init__.py and relative imports between its submodules.
import _shapes
from _shapes import Circle, square
from _shapes.circle import Circle as C2
import _shapes.square as sq
print(Circle(1.5), Circle(2).area(), square.area(3), sq is square, C2 is Circle)
print(_shapes.unit_name, _shapes.__all__, square.package_name(), _shapes.circle.__name__)
print(_shapes.__name__, _shapes.square.__name__, _shapes.__package__, square.__package__)
import sys
print(sorted(name for name in sys.modules if name.startswith("_shapes")))
