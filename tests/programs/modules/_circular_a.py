import _circular_b
value = "a"
def from_b():
    return _circular_b.value
