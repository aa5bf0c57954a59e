# ZeroDivisionError in a lambda applied by map() and consumed by sum().
ratios = map(lambda pair: pair[0] / pair[1], [(1, 2), (3, 0)])
print(sum(ratios))
