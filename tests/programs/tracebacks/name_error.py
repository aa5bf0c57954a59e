# An uncaught NameError in a function called from module level.
def compute():
    x = 10
    return x + y

compute()
