def lookup(name):
    raise AttributeError(f"no field {name!r}")
try:
    lookup("colour")
except AttributeError as e:
    print("caught:", e, e.name, e.obj)
color = "red"
raise NameError("colr")
