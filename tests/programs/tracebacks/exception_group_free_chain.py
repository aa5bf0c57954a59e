# Three-deep implicit chaining through except blocks in different functions.
def parse(text):
    return int(text)
def load(text):
    try:
        return parse(text)
    except ValueError:
        return {}["fallback"]
def main():
    try:
        load("x")
    except KeyError as e:
        raise RuntimeError("load failed") from e
main()
