# Augmented assignment on names, attributes, subscripts.
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
y = 7.0
y /= 2; y -= 0.5
print(y)
lst = [1, 2]
alias = lst
lst += [3]
lst *= 2
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
class A:
    pass
a = A()
a.n = 1
a.n += 41
print(a.n)
d = {"k": [1]}
d["k"] += [2]
d["k"][0] -= 10
print(d)
s = "ab"
s *= 3
print(s)
