# try/finally with return: finally runs after the return value is
# computed, a return in finally replaces the value and swallows any
# exception, and the order of side effects.
log = []


def note(x):
    log.append(x)
    return x


def value_computed_first():
    try:
        return note("try value")
    finally:
        note("finally ran")


print(value_computed_first(), log)
log.clear()


def finally_overrides():
    try:
        return "from try"
    finally:
        return "from finally"


print(finally_overrides())


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(finally_swallows())


def except_return_then_finally():
    try:
        raise KeyError("k")
    except KeyError:
        return note("from except")
    finally:
        note("finally after except")


print(except_return_then_finally(), log)
log.clear()


def mutable_return():
    result = []
    try:
        return result
    finally:
        result.append("added in finally")


print(mutable_return())


def rebinding_does_not_change():
    x = "original"
    try:
        return x
    finally:
        x = "rebound"


print(rebinding_does_not_change())


def nested_finally():
    try:
        try:
            return note("inner try")
        finally:
            note("inner finally")
    finally:
        note("outer finally")


print(nested_finally(), log)
log.clear()


def exception_in_finally_replaces_return():
    try:
        return "never seen"
    finally:
        raise RuntimeError("finally failed")


try:
    exception_in_finally_replaces_return()
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", e.__context__)


def exception_in_finally_with_pending():
    try:
        raise ValueError("pending")
    finally:
        raise TypeError("replacement")


try:
    exception_in_finally_with_pending()
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))


def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")


gen = generator_finally()
for v in gen:
    print("got", v)
    break
print("after break from generator loop")
gen.close()
print("after explicit close")


def else_and_finally(fail):
    try:
        if fail:
            raise ValueError
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("  finally for fail =", fail)


print(else_and_finally(True), else_and_finally(False))
