r = [i * j for i in a if i for j in b]
s = {k: v for k, v in d.items()}
t = {e for e in c}
u = sum(n for n in m)
