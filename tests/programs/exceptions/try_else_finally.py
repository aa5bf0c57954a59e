# try/except/else/finally ordering in each path.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
nested()
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("not here")
    finally:
        print("finally before propagating")
except TypeError as e:
    print("propagated", e)
