# Carets under a nested subscript and under a method call chain.
grid = [[1, 2], [3, 4]]
print(grid[1][0])
value = grid[1][5]
