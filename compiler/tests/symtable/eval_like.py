result = (lambda x: [y for y in x])(range(3))
other = {**mapping, "k": (lambda: 1)}
call = fn(*args, **kwargs, key=[v for v in values])
sliced = seq[lower:upper:step]
cond = a if b else c
chained = a < b <= c
unary = -value
boolean = p and q or r
