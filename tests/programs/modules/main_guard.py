# __name__ == "__main__" in the program, but not in the modules it imports.
import _greetings
print(__name__, _greetings.__name__)
def main():
    print("running main")
    return 0
if __name__ == "__main__":
    main()
