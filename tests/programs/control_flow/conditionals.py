# if/elif/else, conditional expressions, short-circuit evaluation, walrus.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 50)])
def loud(v):
    print("eval", v)
    return v
print(loud(0) and loud(1), loud(2) or loud(3), loud(None) or loud(""))
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for v in data if (y := v * 2) > 4], y)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
print(not [], not [0], 1 < 2 and "yes", None is None, 0 == False, [] == False)
