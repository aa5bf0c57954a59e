# A traffic-light / vending-machine state machine driven by match on
# (state, event) tuples, with guard conditions and error transitions.


class Machine:
    def __init__(self):
        self.state = ("idle", 0)
        self.log = []

    def handle(self, event):
        match self.state, event:
            case ("idle", credit), ("coin", int(amount)) if amount in (5, 10, 25):
                self.state = ("paying", credit + amount)
            case ("paying", credit), ("coin", int(amount)) if amount in (5, 10, 25):
                self.state = ("paying", credit + amount)
            case (_, _), ("coin", bad):
                self.log.append(f"rejected coin {bad!r}")
            case ("paying", credit), ("select", str(item), int(price)) if credit >= price:
                change = credit - price
                self.log.append(f"vend {item}, change {change}")
                self.state = ("idle", 0)
            case ("paying", credit), ("select", str(item), int(price)):
                self.log.append(f"{item} needs {price - credit} more")
            case ("idle", _), ("select", item, _):
                self.log.append(f"insert coins before selecting {item}")
            case ("paying", credit), ("refund",):
                self.log.append(f"refund {credit}")
                self.state = ("idle", 0)
            case ("idle", _), ("refund",):
                self.log.append("nothing to refund")
            case _, ("service", "open"):
                self.state = ("service", self.state[1])
            case ("service", credit), ("service", "close"):
                self.state = ("paying" if credit else "idle", credit)
            case ("service", _), _:
                self.log.append(f"ignored {event[0]} during service")
            case _:
                raise ValueError(f"unexpected event {event!r} in state {self.state!r}")
        return self.state


m = Machine()
events = [("select", "cola", 35), ("coin", 25), ("coin", 3), ("select", "cola", 35),
          ("coin", 10), ("select", "cola", 35), ("refund",), ("coin", 25), ("coin", 25),
          ("service", "open"), ("coin", 5), ("service", "close"), ("select", "chips", 40),
          ("refund",), ("dance",), ("coin",)]
for ev in events:
    try:
        state = m.handle(ev)
        print(f"{ev!r:28} -> {state}")
    except ValueError as e:
        print(f"{ev!r:28} !! {e}")
for line in m.log:
    print(" ", line)


def traffic(light, event):
    match (light, event):
        case ("red", "tick"):
            return "green"
        case ("green", "tick"):
            return "yellow"
        case ("yellow", "tick"):
            return "red"
        case (_, "emergency"):
            return "red"
        case (color, "tick") if color.startswith("flash"):
            return color
        case (color, other):
            raise ValueError(f"{color} cannot handle {other}")


light = "red"
for ev in ["tick", "tick", "emergency", "tick", "tick", "tick", "honk"]:
    try:
        light = traffic(light, ev)
        print(ev, "->", light)
    except ValueError as e:
        print(ev, "!!", e)
