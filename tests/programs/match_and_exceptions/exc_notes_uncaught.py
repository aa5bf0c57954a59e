# An uncaught exception with notes and a chained cause that also has a
# note: the traceback shows each note under its exception's message.


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"port text was {text!r}")
        raise


def load(config):
    try:
        return parse_port(config["port"])
    except ValueError as e:
        err = RuntimeError("could not load config")
        err.add_note("check the [server] section")
        err.add_note("second note\nspanning two lines")
        raise err from e


print("loading")
print(load({"port": "8080"}))
load({"port": "eighty"})
