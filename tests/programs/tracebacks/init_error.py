# A TypeError from calling a class with the wrong arguments.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def make():
    return Point(1)
make()
