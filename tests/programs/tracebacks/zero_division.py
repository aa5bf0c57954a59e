# An uncaught ZeroDivisionError in a nested call: carets under the operator.
def ratio(a, b):
    return a / b

def report(values):
    total = sum(values)
    return ratio(total, len(values) - 3)

print("start")
print(report([1, 2, 3]))
