# Three links: a cause and a context in one chain.
def step_one():
    return [][1]

def step_two():
    try:
        step_one()
    except IndexError as e:
        raise KeyError("two") from e

def step_three():
    try:
        step_two()
    except KeyError:
        raise TypeError("three")

step_three()
