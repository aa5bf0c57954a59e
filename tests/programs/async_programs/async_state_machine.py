# A line-protocol parser written as a coroutine that is fed characters,
# plus a vending machine driven by awaiting events from a hand-made loop.


class NeedChar:
    def __await__(self):
        char = yield "need"
        return char


async def read_line():
    chars = []
    while True:
        c = await NeedChar()
        if c == "\n":
            return "".join(chars)
        chars.append(c)


async def read_message():
    header = await read_line()
    if not header.startswith("LEN "):
        raise ValueError(f"bad header {header!r}")
    length = int(header[4:])
    body = []
    for _ in range(length):
        body.append(await NeedChar())
    return body and "".join(body)


async def protocol(messages):
    while True:
        try:
            messages.append(await read_message())
        except ValueError as e:
            messages.append(f"error: {e}")
            await read_line()


def feed(text):
    messages = []
    parser = protocol(messages)
    assert parser.send(None) == "need"
    for ch in text:
        parser.send(ch)
    parser.close()
    return messages


print(feed("LEN 5\nhelloLEN 3\nabcLEN 0\n"))
print(feed("BAD\nskip this line\nLEN 2\nok"))
print(feed("LEN 4\nab"))


class Event:
    def __init__(self, kind, value=None):
        self.kind = kind
        self.value = value

    def __await__(self):
        event = yield self.kind
        return event


async def vending_machine(price, log):
    credit = 0
    while True:
        kind, value = await Event("waiting")
        if kind == "coin":
            credit += value
            log.append(f"credit {credit}")
            if credit >= price:
                log.append(f"dispense, change {credit - price}")
                credit = 0
        elif kind == "refund":
            log.append(f"refund {credit}")
            credit = 0
        elif kind == "off":
            return f"shut down with credit {credit}"
        else:
            log.append(f"ignored {kind}")


log = []
vm = vending_machine(75, log)
vm.send(None)
result = None
for event in [("coin", 25), ("coin", 25), ("kick", None), ("refund", None),
              ("coin", 50), ("coin", 50), ("coin", 10), ("off", None)]:
    try:
        vm.send(event)
    except StopIteration as stop:
        result = stop.value
print(log)
print(result)
