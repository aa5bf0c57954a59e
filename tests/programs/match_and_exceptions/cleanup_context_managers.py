# Exceptions and cleanup in context managers: __exit__ sees the exception,
# can suppress it by returning a truthy value, exceptions raised in
# __exit__ chain onto the original, and a hand-written exit stack unwinds
# in reverse order collecting errors.


class Resource:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit

    def __enter__(self):
        print(f"  open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"  close {self.name}: {exc_type.__name__ if exc_type else 'clean'}"
              f"{' (tb present)' if tb is not None else ''}")
        if self.fail_exit:
            raise RuntimeError(f"close of {self.name} failed")
        return self.suppress


def attempt(label, body):
    print(label)
    try:
        body()
        print("  -> completed")
    except Exception as e:
        ctx = e.__context__
        print(f"  -> {type(e).__name__}: {e}" + (f" (context {type(ctx).__name__}: {ctx})" if ctx else ""))


def clean():
    with Resource("a") as a, Resource("b") as b:
        print("  using", a.name, b.name)


def failing():
    with Resource("a"), Resource("b"):
        raise ValueError("boom")


def suppressed():
    with Resource("outer"):
        with Resource("inner", suppress=True):
            raise KeyError("hidden")
        print("  after suppressed block")


def exit_fails():
    with Resource("bad", fail_exit=True):
        raise ValueError("original")


def exit_fails_clean():
    with Resource("bad", fail_exit=True):
        pass


def truthy_suppress():
    with Resource("t", suppress="yes"):
        raise IndexError("gone")


attempt("clean", clean)
attempt("failing", failing)
attempt("suppressed", suppressed)
attempt("exit fails", exit_fails)
attempt("exit fails on clean exit", exit_fails_clean)
attempt("truthy non-bool suppresses", truthy_suppress)


class ExitStack:
    """A small ExitStack: callbacks run in reverse, errors chain."""

    def __init__(self):
        self.callbacks = []

    def push(self, fn):
        self.callbacks.append(fn)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        pending = exc
        while self.callbacks:
            fn = self.callbacks.pop()
            try:
                fn()
            except Exception as e:
                if pending is not None and e is not pending:
                    e.__context__ = pending
                pending = e
        if pending is not None and pending is not exc:
            raise pending
        return False


def closer(name, fail=False):
    def close():
        print(f"  closing {name}")
        if fail:
            raise OSError(f"{name} would not close")
    return close


def stack_demo(fail_body, fail_names):
    with ExitStack() as stack:
        for name in ["first", "second", "third"]:
            stack.push(closer(name, name in fail_names))
        if fail_body:
            raise ValueError("body failed")


attempt("stack clean", lambda: stack_demo(False, []))
attempt("stack body fails", lambda: stack_demo(True, []))
attempt("stack close fails", lambda: stack_demo(False, ["second"]))
attempt("stack both fail", lambda: stack_demo(True, ["first", "third"]))


def missing_exit():
    class NoExit:
        def __enter__(self):
            return self
    with NoExit():
        pass


try:
    missing_exit()
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
