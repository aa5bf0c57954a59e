# A support module imported by the programs in this folder.
print("loading _greetings as", __name__)
DEFAULT = "Hello"
_private = "hidden"
calls = 0

def greet(name, greeting=DEFAULT):
    global calls
    calls += 1
    return f"{greeting}, {name}!"

class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def __call__(self, name):
        return greet(name, self.greeting)

if __name__ == "__main__":
    print("never printed on import")
