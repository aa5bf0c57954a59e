# An exception raised while handling another: "During handling of the above exception".
def load(data, key):
    try:
        return data[key]
    except KeyError:
        raise ValueError(f"missing setting {key!r}")

load({}, "timeout")
