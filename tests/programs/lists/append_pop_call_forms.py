# list.append and list.pop reached every way a call can reach them: looked
# up on the list, bound first, unbound through the type, on a subclass,
# with every kind of index, and the errors each gives.


class Stack(list):
    pass


class Logged(list):
    def append(self, item):
        print("Logged.append", item)
        super().append(item)

    def pop(self, *args):
        print("Logged.pop", args)
        return super().pop(*args)


items = []
items.append(1)
push = items.append
push(2)
list.append(items, 3)
print(items, items.pop(), items.pop(0), items.pop(-1), items)

items = [10, 20, 30, 40]
print(items.pop(True), items.pop(False), items.pop(-2), items)
pop = items.pop
print(pop(), items)

stack = Stack()
stack.append("a")
list.append(stack, "b")
print(stack, stack.pop(), type(stack).__name__)

logged = Logged([1, 2])
logged.append(3)
print(logged.pop(), logged.pop(0), logged)


class Index:
    def __index__(self):
        print("__index__")
        return 1


items = [1, 2, 3]
print(items.pop(Index()), items)
print(items.pop(2**70 // 2**70), items)

for call in [
    lambda: [].pop(),
    lambda: [1].pop(1),
    lambda: [1].pop(-2),
    lambda: [1].pop(2**80),
    lambda: [1].pop("0"),
    lambda: [1].pop(0, 1),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: list.append((), 1),
    lambda: list.pop(()),
    lambda: list.append(),
]:
    try:
        call()
    except Exception as error:
        print(type(error).__name__, error)

# A list emptied while being sorted looks empty to both.
items = [3, 1, 2]
seen = []


def key(value):
    seen.append(len(items))
    try:
        items.pop()
    except IndexError as error:
        seen.append(str(error))
    return value


items.sort(key=key)
print(items, seen)
