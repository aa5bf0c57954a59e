for i in [1, 2]:
    d = {1: a, **b} | {c} & e ^ f
    x = (a - b) / c % d << 1 >> 2
    y = ~+a if a == b > c >= d is e not in f else []
