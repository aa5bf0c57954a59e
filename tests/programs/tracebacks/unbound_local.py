# UnboundLocalError at top level of a function.
counter = 0

def increment():
    counter += 1
    return counter

increment()
