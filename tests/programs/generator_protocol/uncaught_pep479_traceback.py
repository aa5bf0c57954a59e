# Ends with an uncaught RuntimeError from PEP 479, chained to the original StopIteration.
def parse_numbers(tokens):
    it = iter(tokens)
    for token in it:
        if token == "skip":
            next(it)
            continue
        yield int(token)

print(list(parse_numbers(["1", "skip", "99", "2"])))
try:
    print(list(parse_numbers(["1", "skip"])))
except RuntimeError as e:
    print("caught:", type(e).__name__, e, "| cause:", type(e.__cause__).__name__)

def pairs(items):
    it = iter(items)
    for first in it:
        second = next(it)
        yield first, second

print(list(pairs([1, 2, 3, 4])))
print(list(pairs([1, 2, 3])))
