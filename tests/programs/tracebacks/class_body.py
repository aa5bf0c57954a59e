# An error while a class body runs.
class Config:
    value = int("not a number")
