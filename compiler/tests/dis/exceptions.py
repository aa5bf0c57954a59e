# Exceptions: try/except/else/finally, named handlers, tuples of types,
# bare except, raise forms, re-raise, returns and loops through finally,
# and except* (exception groups).
try:
    risky()
except ValueError:
    handle()

try:
    risky()
except (KeyError, IndexError) as e:
    handle(e)
except Exception:
    raise
except:
    pass
else:
    success()
finally:
    cleanup()

try:
    pass
finally:
    done()

raise
raise ValueError
raise ValueError('bad')
raise RuntimeError('wrapped') from exc
raise RuntimeError from None


def return_in_finally():
    try:
        return 1
    finally:
        print('finally')


def loop_with_finally():
    for i in range(3):
        try:
            if i:
                continue
            break
        finally:
            print(i)


def nested_handlers():
    try:
        try:
            a()
        except A as first:
            b(first)
    except B as second:
        c(second)
    return second


try:
    risky()
except* ValueError as group:
    handle(group)
except* (TypeError, KeyError):
    pass
