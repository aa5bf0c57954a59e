# An uncaught exception with a custom __str__ and extra attributes: the
# traceback's last line uses __str__.
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem
    def __str__(self):
        return f"config key {self.key!r}: {self.problem}"

def load(settings):
    for key, value in settings.items():
        if value is None:
            raise ConfigError(key, "value is required")
    return settings

print(load({"a": 1}))
try:
    load({"b": None})
except ConfigError as e:
    print("caught:", e, "|", e.args, e.key)
    try:
        raise RuntimeError("while reporting") from e
    except RuntimeError as outer:
        print(type(outer.__cause__).__name__, outer.__cause__, outer.__suppress_context__)
load({"c": 2, "d": None})
