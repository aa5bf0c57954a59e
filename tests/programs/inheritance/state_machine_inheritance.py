# A small state machine using class hierarchy, super() hooks and class-level transition tables.
class State:
    transitions = {}
    def __init__(self, machine):
        self.machine = machine
    def on_enter(self):
        self.machine.log.append("enter " + self.name())
    def on_exit(self):
        self.machine.log.append("exit " + self.name())
    def handle(self, event):
        for cls in type(self).__mro__:
            table = cls.__dict__.get("transitions", {})
            if event in table:
                return table[event]
        raise ValueError("%s cannot handle %r" % (self.name(), event))
    @classmethod
    def name(cls):
        return cls.__name__.lower()

class Active(State):
    transitions = {"pause": "Paused", "stop": "Stopped"}
    def on_enter(self):
        super().on_enter()
        self.machine.counter += 1

class Running(Active):
    transitions = {"tick": "Running"}
    def on_enter(self):
        super().on_enter()
        self.machine.log.append("  running #%d" % self.machine.counter)

class Paused(State):
    transitions = {"resume": "Running", "stop": "Stopped"}

class Stopped(State):
    transitions = {}
    def on_exit(self):
        raise RuntimeError("cannot leave Stopped")

class Idle(State):
    transitions = {"start": "Running"}

STATES = {cls.__name__: cls for cls in (Idle, Running, Paused, Stopped)}

class Machine:
    def __init__(self):
        self.log = []
        self.counter = 0
        self.state = Idle(self)
        self.state.on_enter()
    def fire(self, event):
        try:
            target = self.state.handle(event)
        except ValueError as e:
            self.log.append("error: %s" % e)
            return
        self.state.on_exit()
        self.state = STATES[target](self)
        self.state.on_enter()

m = Machine()
for ev in ("start", "tick", "pause", "tick", "resume", "stop", "start"):
    try:
        m.fire(ev)
    except RuntimeError as e:
        m.log.append("fatal: %s" % e)
for line in m.log:
    print(line)
print(type(m.state).__name__, m.counter)
print([k.__name__ for k in Running.__mro__], Running.name(), Running(m).handle("stop"), Running(m).handle("tick"))
