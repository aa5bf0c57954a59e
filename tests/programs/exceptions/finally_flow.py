def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"
def finally_runs_on_return(log):
    try:
        return log.append("body") or "value"
    finally:
        log.append("cleanup")
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            raise RuntimeError("boom")
        finally:
            log.append("inner finally")
    except RuntimeError as e:
        log.append(f"caught {e}")
    finally:
        log.append("outer finally")
    return log
def exception_replaced():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except Exception as e:
        return type(e).__name__, str(e), type(e.__context__).__name__
def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
def while_return():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n == 3:
                print("leaving at", n)
log = []
print(return_in_finally(), finally_runs_on_return(log), log)
print(break_in_finally(), continue_in_finally(), nested_finally())
print(exception_replaced(), loop_with_finally(), while_return())
def else_clause(fail):
    try:
        if fail:
            raise ValueError
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("finally for", fail)
print(else_clause(True), else_clause(False))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")
g = gen_finally()
print(next(g))
g.close()
print("closed")
