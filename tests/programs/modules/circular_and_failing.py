# Circular imports see partially initialised modules; a failed import is not cached.
import sys
import _circular_a
print(_circular_a.from_b(), _circular_a.value, sys.modules["_circular_b"].partial)
for attempt in range(2):
    try:
        import _raises_on_import
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e, "_raises_on_import" in sys.modules)
try:
    from _circular_a import missing_name
except ImportError as e:
    print("ImportError:", e)
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from . import sibling
except ImportError as e:
    print("ImportError:", e)
m = __import__("_circular_b")
print(m.value, m is sys.modules["_circular_b"])
