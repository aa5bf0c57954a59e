# An __init__ that returns a value: the TypeError is raised at the call.
class Config:
    def __init__(self, path):
        self.path = path
        return path


def load():
    return Config("settings.ini")


load()
