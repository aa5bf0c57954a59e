# async with on objects that do not support the protocol, and awaitables
# of the wrong kind returned from __aenter__/__aexit__.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
    except Exception as e:
        return f"{type(e).__name__}: {e}"


async def use(manager):
    async with manager as value:
        return f"body ran with {value!r}"


class Nothing:
    pass


class OnlyAenter:
    async def __aenter__(self):
        return 1


class OnlyAexit:
    async def __aexit__(self, *args):
        return False


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


class AenterNotAwaitable:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *args):
        return False


class AexitNotAwaitable:
    async def __aenter__(self):
        return "entered"

    def __aexit__(self, *args):
        return True


class AenterRaises:
    async def __aenter__(self):
        raise KeyError("enter failed")

    async def __aexit__(self, *args):
        print("  exit should not run")


class AexitWrongArity:
    async def __aenter__(self):
        return "entered"

    async def __aexit__(self):
        return False


class AenterIsNone:
    __aenter__ = None

    async def __aexit__(self, *args):
        return False


for manager in [Nothing(), OnlyAenter(), OnlyAexit(), SyncOnly(), AenterNotAwaitable(),
                AexitNotAwaitable(), AenterRaises(), AexitWrongArity(), AenterIsNone(), 3, None]:
    print(type(manager).__name__, "->", run(use(manager)))


# sync with on an async manager
class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        return False


def sync_use():
    with AsyncOnly():
        pass


try:
    sync_use()
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


# __aexit__ not awaitable, with an exception in the body
async def body_raises():
    async with AexitNotAwaitable():
        raise IndexError("from body")


print("body raises ->", run(body_raises()))
