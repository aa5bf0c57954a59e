import _greetings
print(__name__, _greetings.__name__, __file__.endswith("name_and_main.py"))
def main():
    print("running main")
    return 0
if __name__ == "__main__":
    main()
import sys
this = sys.modules[__name__]
print(this.main is main, hasattr(this, "this"), __doc__, __package__ is None or __package__ == "")
print(sorted(k for k in vars(this) if k.startswith("__") and k in ("__name__", "__doc__", "__builtins__", "__file__")))
