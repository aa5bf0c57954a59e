# An uncaught TypeError from a bad call: wrong argument count.
def area(width, height):
    return width * height

print(area(2, 3))
result = area(4)
