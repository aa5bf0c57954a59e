def total_price(items):
    subtotal = sum(price for _, price in items)
    discount = 0.1
    return subtotl * (1 - discount)
print("computing")
print(total_price([("a", 2.0), ("b", 3.5)]))
