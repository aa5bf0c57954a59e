with open(f) as fh, lock:
    pass
with (a as b, c as (d, e)):
    pass
