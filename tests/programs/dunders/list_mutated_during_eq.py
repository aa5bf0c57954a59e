# list `in`, count, index and remove re-read the list on every step: when
# an __eq__ call empties the list the search stops. pyvm searches a
# snapshot instead (and under PYVM_GC_STRESS=1 it crashes: the snapshot's
# items are freed by the clear()).

class Item:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print("  Item.__eq__", self.name)
        return NotImplemented

victims = []

class Mutator:
    def __eq__(self, other):
        victims.clear()
        return False

def run(label, fn):
    victims[:] = [Item("x"), Item("y"), Item("z")]
    print(label)
    try:
        print("  ->", fn())
    except ValueError as e:
        print("  ValueError", str(e).replace(repr(m), "<m>"))

m = Mutator()
run("in", lambda: m in victims)
run("count", lambda: victims.count(m))
run("index", lambda: victims.index(m))
run("remove", lambda: victims.remove(m))
print(len(victims))
