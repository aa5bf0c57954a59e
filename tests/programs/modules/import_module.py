# import of a sibling module: caching, attributes, module objects.
import _greetings
import _greetings as again
import sys
print(_greetings.greet("Ann"), _greetings.greet("Bo", "Hi"), _greetings.calls)
print(again is _greetings, sys.modules["_greetings"] is _greetings, _greetings.__name__)
print(type(_greetings).__name__, _greetings.DEFAULT, _greetings._private)
print(_greetings.Greeter("Howdy")("Cy"), _greetings.calls)
print(sorted(n for n in dir(_greetings) if not n.startswith("__")))
_greetings.DEFAULT = "Changed"
print(again.DEFAULT, _greetings.greet("Di"))
