# `items.append(x)` as a statement, with `x` a variable or a constant, is
# done without a call when the method found is list.append: every case
# where it is not, or where the call must fail, behaves as a call.


def fill(items, values):
    for value in values:
        items.append(value)
    items.append(None)
    items.append("end")
    return items


print(fill([], range(3)))


class Stack(list):
    pass


class Logged(list):
    def append(self, item):
        print("Logged.append", item)
        super().append(item)


print(fill(Stack(), "ab"), type(fill(Stack(), "")).__name__)
print(fill(Logged(), [1]))


# An instance attribute named append wins over the method.
class Holder(list):
    pass


holder = Holder()
holder.append = lambda item: print("instance append", item)
fill(holder, [7])
print(holder)


# list.append found on a class that is not a list.
class Borrowed:
    append = list.append


try:
    fill(Borrowed(), [1])
except TypeError as error:
    print("TypeError:", error)


# An unbound variable as the argument.
def unbound(items):
    items.append(value)
    value = 1


try:
    unbound([])
except UnboundLocalError as error:
    print("UnboundLocalError:", error)


# The list itself, and a list that grows inside a loop over it.
items = [1]
items.append(items)
print(items)
items = [1, 2]
for item in items:
    if item < 5:
        items.append(item + 2)
print(items)


# The result used, more arguments, keywords: calls as usual.
items = []
print(items.append(1), items)
for call in (lambda: items.append(), lambda: items.append(1, 2),
             lambda: items.append(item=1)):
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)


# Rebinding the name in the class after the loop cached it.
class Growing(list):
    pass


g = Growing()
for step in range(4):
    g.append(step)
    if step == 1:
        Growing.append = lambda self, item: list.append(self, -item)
print(g)
del Growing.append
g.append(9)
print(g)


# A bound `append` kept on a class: the statement appends to its own list,
# and called through the class it takes the instance as a second argument.
store = []


class Bound:
    append = store.append


bound = Bound()
for step in range(3):
    bound.append(step)
print(store)
try:
    Bound.append(bound, 1)
except TypeError as error:
    print("TypeError", error)
