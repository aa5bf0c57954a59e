# A BaseException subclass that is not an Exception still gets a traceback.
class Stop(BaseException):
    pass

def run():
    raise Stop("halt")

try:
    run()
except Exception:
    print("not caught here")
