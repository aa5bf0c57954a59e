# A command dispatcher built with __init_subclass__ (no metaclass).
class Command:
    commands = {}
    aliases = {}
    def __init_subclass__(cls, *, name=None, aliases=(), hidden=False, **kw):
        super().__init_subclass__(**kw)
        cls.command_name = name or cls.__name__.lower().removesuffix("command")
        cls.hidden = hidden
        if cls.command_name in Command.commands:
            raise NameError("command %r already defined" % cls.command_name)
        Command.commands[cls.command_name] = cls
        for a in aliases:
            Command.aliases[a] = cls.command_name
    def run(self, args):
        raise NotImplementedError(self.command_name)

def dispatch(line):
    word, *args = line.split()
    word = Command.aliases.get(word, word)
    cls = Command.commands.get(word)
    if cls is None:
        return "unknown command: " + word
    try:
        return cls().run(args)
    except NotImplementedError as e:
        return "not implemented: %s" % e

class AddCommand(Command, aliases=("+", "plus")):
    def run(self, args):
        return sum(int(a) for a in args)
class EchoCommand(Command, name="say"):
    def run(self, args):
        return " ".join(args)
class ShoutCommand(EchoCommand, name="shout", aliases=("!",)):
    def run(self, args):
        return super().run(args).upper() + "!"
class SecretCommand(Command, hidden=True):
    pass
class HelpCommand(Command, aliases=("?",)):
    def run(self, args):
        visible = sorted(n for n, c in Command.commands.items() if not c.hidden)
        return "commands: " + ", ".join(visible)

for line in ("add 1 2 3", "+ 4 5", "plus 10", "say hello there", "shout quiet please", "! hey",
             "secret", "help", "? x", "nope 1"):
    print(repr(line), "->", dispatch(line))

print(sorted(Command.aliases.items()))
print(ShoutCommand.command_name, ShoutCommand.hidden, SecretCommand.hidden, EchoCommand.command_name)
try:
    class Duplicate(Command, name="add"):
        pass
except NameError as e:
    print(type(e).__name__, e)
try:
    class Typo(Command, nam="x"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Positional(Command, "x"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Command.commands))
