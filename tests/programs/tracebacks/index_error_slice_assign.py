# An error from a list method inside a while loop inside a function.
def drain(stack):
    while True:
        stack.pop()
drain([1, 2, 3])
