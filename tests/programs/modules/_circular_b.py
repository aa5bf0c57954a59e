import _circular_a
value = "b"
partial = hasattr(_circular_a, "value")
