# An error in a method called from a lambda called from sorted().
class Item:
    def __init__(self, weight):
        self.weight = weight
    def key(self):
        return 10 // self.weight
items = [Item(2), Item(0)]
print(sorted(items, key=lambda item: item.key()))
