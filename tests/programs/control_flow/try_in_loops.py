# try/except/else/finally inside loops with break/continue/return in every clause.
def run(items):
    log = []
    for item in items:
        try:
            if item == "skip":
                continue
            if item == "stop":
                break
            value = 10 // item
        except ZeroDivisionError:
            log.append("zero")
            continue
        except TypeError:
            log.append("type")
        else:
            log.append(value)
        finally:
            log.append(f"f:{item}")
    return log
print(run([1, 0, "skip", "x", 5, "stop", 2]))
def first_success(funcs):
    for f in funcs:
        try:
            return f()
        except Exception as e:
            last = e
        finally:
            print("attempted", f.__name__)
    return f"all failed: {last!r}"
def bad():
    raise ValueError("bad")
def good():
    return "good"
print(first_success([bad, good, bad]))
print(first_success([bad]))
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError
        break
    except RuntimeError:
        continue
    finally:
        print("iteration", count)
print("count", count)
