# A support package: re-exports from its submodules with relative imports.
from .circle import Circle
from . import square
from ._units import UNIT as unit_name

__all__ = ["Circle", "square"]
print("initialising package", __name__)
