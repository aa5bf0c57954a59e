# reversed() on an object with __len__ and __getitem__ (no __reversed__)
# is lazy: it calls __getitem__(len-1), (len-2), ... one at a time, and
# stops at IndexError; __reversed__ = None and missing __len__ have their
# own messages.

class Sized:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]

class Blocked(Sized):
    __reversed__ = None

def check(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

check("Sized", lambda: list(reversed(Sized("xyz"))))
r = reversed(Sized([1, 2]))
print(type(r).__name__)
check("Blocked", lambda: reversed(Blocked([1])))
class NoLen:
    def __getitem__(self, i):
        return i
check("no __len__", lambda: reversed(NoLen()))

# a sequence with a shrinking length: reversed uses len() once
class Shrinking:
    def __init__(self):
        self.items = [1, 2, 3, 4]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
s = Shrinking()
it = reversed(s)
print(next(it))
s.items.pop()
s.items.pop()
try:
    print(list(it))
except IndexError as e:
    print("IndexError:", e)

# __getitem__ raising IndexError stops the reversed iterator early
class Holes:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i == 2:
            raise IndexError("hole")
        return i
print(list(reversed(Holes())))

