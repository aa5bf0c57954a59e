from . import _units
from ._units import scale


def area(side):
    return scale(side) ** 2


def package_name():
    return __package__ + " via " + _units.__name__
