# with statements and context managers: enter/exit order, suppression, exceptions.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with Manager("a") as value:
    print("body", value)
with Manager("outer") as o, Manager("inner") as i:
    print("both", o, i)
with Manager("quiet", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with Manager("loud"):
        raise KeyError("visible")
except KeyError as e:
    print("caught", e)
def early():
    with Manager("ret"):
        return "returned"
print(early())
for n in range(2):
    with Manager(f"loop{n}"):
        if n == 0:
            continue
        break
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
