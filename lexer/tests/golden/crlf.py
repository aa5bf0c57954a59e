x = 1
if x:
    y = 2

# c
z = """a
b"""
