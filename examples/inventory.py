"""A small inventory: classes, properties, sorting with keys, dicts of
lists, formatted reports and an exception for bad orders."""

from collections_lite import group_by


class OutOfStock(Exception):
    def __init__(self, item, wanted):
        super().__init__(f"only {item.quantity} of {item.name!r} left, {wanted} wanted")
        self.item = item


class Item:
    def __init__(self, name, category, price, quantity):
        self.name = name
        self.category = category
        self.price = price
        self.quantity = quantity

    @property
    def value(self):
        return self.price * self.quantity

    def take(self, count):
        if count > self.quantity:
            raise OutOfStock(self, count)
        self.quantity -= count
        return self.price * count

    def __repr__(self):
        return f"Item({self.name!r}, {self.quantity} x {self.price:.2f})"


stock = [
    Item("bolt", "hardware", 0.25, 1200),
    Item("hammer", "tools", 12.5, 14),
    Item("saw", "tools", 23.0, 3),
    Item("nut", "hardware", 0.1, 5000),
    Item("glue", "supplies", 4.75, 40),
]

orders = [("hammer", 2), ("saw", 5), ("nut", 250), ("glue", 40), ("glue", 1)]
by_name = {item.name: item for item in stock}
revenue = 0.0
for name, count in orders:
    try:
        revenue += by_name[name].take(count)
        print(f"sold {count:>4} {name}")
    except OutOfStock as error:
        print(f"refused: {error}")

print(f"revenue: {revenue:,.2f}")
for category, items in sorted(group_by(stock, lambda item: item.category).items()):
    total = sum(item.value for item in items)
    names = ", ".join(item.name for item in sorted(items, key=lambda item: -item.value))
    print(f"{category:<10}{total:>10.2f}  {names}")
print(max(stock, key=lambda item: item.value), min(stock, key=lambda item: item.quantity))
