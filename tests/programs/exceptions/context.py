try:
    try:
        {}["missing"]
    except KeyError:
        undefined_name
except NameError as error:
    print(type(error).__name__, error, type(error.__context__).__name__)

def f():
    try:
        return "try"
    finally:
        print("finally runs")

print(f())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)
items = [1, 2, 3]
items[5]
