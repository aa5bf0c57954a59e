class Point:
    def __init__(self):
        self.x = 1
        self.y = 2
p = Point()
print(p.completely_different_name)
