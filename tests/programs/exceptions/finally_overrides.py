# An exception raised in finally replaces the one in flight, which becomes its context.
def replaces():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    replaces()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
def return_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(return_swallows())
def break_swallows():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return i
print(break_swallows())
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("caught", e)
        raise
    finally:
        print("outer finally")
try:
    nested()
except TypeError as e:
    print("re-raised", e)
def finally_order():
    out = []
    try:
        try:
            out.append("try")
            return out
        finally:
            out.append("inner")
    finally:
        out.append("outer")
print(finally_order())
def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())
