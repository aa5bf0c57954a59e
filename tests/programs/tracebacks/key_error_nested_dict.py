# KeyError from nested subscripts shows carets under the failing subscript.
config = {"db": {"host": "localhost"}}
def port():
    return config["db"]["port"]
port()
