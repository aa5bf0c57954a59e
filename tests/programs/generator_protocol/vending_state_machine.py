# A vending machine modelled as a generator state machine driven by send() and throw().
class Cancel(Exception):
    pass

class OutOfStock(Exception):
    pass

PRICES = {"cola": 150, "chips": 100, "gum": 50}

def vending(stock):
    credit = 0
    sales = []
    message = "ready"
    while True:
        try:
            event = yield message
        except Cancel:
            message = f"refund {credit}" if credit else "nothing to refund"
            credit = 0
            continue
        except GeneratorExit:
            print(f"  shutting down with credit {credit}, sales {sales}")
            raise
        if event is None:
            message = f"credit {credit}"
        elif isinstance(event, int):
            if event not in (10, 20, 50, 100):
                message = f"rejected coin {event}"
            else:
                credit += event
                message = f"credit {credit}"
        elif event == "report":
            return sales
        elif event in PRICES:
            price = PRICES[event]
            if stock.get(event, 0) == 0:
                message = f"{event} sold out"
            elif credit < price:
                message = f"need {price - credit} more"
            else:
                stock[event] -= 1
                credit -= price
                sales.append(event)
                message = f"vend {event}, change {credit}"
                credit = 0
        else:
            message = f"unknown selection {event!r}"

stock = {"cola": 1, "chips": 5, "gum": 0}
m = vending(stock)
print(next(m))
for event in [100, "cola", 50, "cola", "cola", 100, 7, 50, "gum", "chips", None, "tea"]:
    print(f"{event!r:>8} -> {m.send(event)}")
print(m.throw(Cancel))
print(m.send(20), m.send(10))
print(m.throw(Cancel()))
try:
    m.throw(OutOfStock("jammed"))
except OutOfStock as e:
    print("machine broke:", type(e).__name__, e)
print("machine state:", next(m, "dead"))

m2 = vending(dict(stock, gum=3))
next(m2)
m2.send(50)
print(m2.send("gum"))
m2.send(100)
m2.close()

m3 = vending({"gum": 2})
next(m3)
for coin_or_item in [50, "gum", 20, 20, 10, "gum"]:
    m3.send(coin_or_item)
try:
    m3.send("report")
except StopIteration as e:
    print("report:", e.value)
print("stock left:", stock)
