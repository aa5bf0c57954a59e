# UnboundLocalError, global declarations, name resolution order.
x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    return x
def broken():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "assigned later"
print(read_global(), shadow(), x)
broken()
def set_global():
    global new_name
    new_name = "created"
set_global()
print(new_name)
len = lambda s: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
def deleter():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(deleter())
try:
    undefined_thing
except NameError as e:
    print("NameError:", e)
