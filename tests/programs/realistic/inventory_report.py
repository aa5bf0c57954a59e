orders = [
    {"id": 1, "customer": "acme", "items": [("widget", 3, 2.50), ("gadget", 1, 10.00)]},
    {"id": 2, "customer": "globex", "items": [("widget", 10, 2.25)]},
    {"id": 3, "customer": "acme", "items": [("doohickey", 2, 7.75), ("widget", 1, 2.50)]},
    {"id": 4, "customer": "initech", "items": []},
]
def order_total(order):
    return sum(qty * price for _, qty, price in order["items"])
by_customer = {}
for order in orders:
    by_customer.setdefault(order["customer"], []).append(order_total(order))
print(f"{'customer':<10}|{'orders':>7}|{'total':>9}")
print("-" * 28)
for customer, totals in sorted(by_customer.items(), key=lambda kv: -sum(kv[1])):
    print(f"{customer:<10}|{len(totals):>7}|{sum(totals):>9.2f}")
units = {}
for order in orders:
    for name, qty, _ in order["items"]:
        units[name] = units.get(name, 0) + qty
print(sorted(units.items(), key=lambda kv: kv[1], reverse=True))
empty = [o["id"] for o in orders if not o["items"]]
biggest = max(orders, key=order_total)
print(empty, biggest["id"], f"{order_total(biggest):.2f}", f"{sum(map(order_total, orders)):,.2f}")
avg = sum(map(order_total, orders)) / len(orders)
print(f"average {avg:.3f}", "%-8s %5.1f%%" % ("share", 100 * order_total(orders[0]) / sum(map(order_total, orders))))
