# An error in __init__ of objects built in a list comprehension.
class Temperature:
    def __init__(self, text):
        self.value = float(text)
readings = ["21.5", "19", "n/a"]
temps = [Temperature(r) for r in readings]
