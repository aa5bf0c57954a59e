# An error deep in a chain of generators.
def parse(lines):
    for line in lines:
        yield int(line)
def double(numbers):
    for n in numbers:
        yield n * 2
def total(values):
    return sum(values)
print(total(double(parse(["1", "2", "three"]))))
