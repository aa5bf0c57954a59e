# from-import: names, aliases, star import, missing names.
from _greetings import greet, Greeter as G, DEFAULT
from _greetings import *
print(greet("Ann"), G("Yo")("Bo"), DEFAULT, calls)
try:
    _private
except NameError as e:
    print("NameError:", e)
try:
    from _greetings import missing
except ImportError as e:
    print("ImportError:", e)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
