# send, throw and close pass through every await level down to the
# innermost __await__ generator, which may handle them.


class Inner:
    def __init__(self, log):
        self.log = log

    def __await__(self):
        try:
            while True:
                try:
                    value = yield "inner waiting"
                    self.log.append(f"inner got {value!r}")
                    if value == "finish":
                        return "inner result"
                except KeyError as e:
                    self.log.append(f"inner handled KeyError {e}")
        except GeneratorExit:
            self.log.append("inner closing")
            raise
        finally:
            self.log.append("inner finally")


async def middle(log):
    try:
        result = await Inner(log)
        log.append(f"middle got {result!r}")
        return result.upper()
    finally:
        log.append("middle finally")


async def outer(log):
    value = await middle(log)
    log.append(f"outer got {value!r}")
    return value + "!"


def show(log):
    for line in log:
        print("   ", line)
    log.clear()


log = []
c = outer(log)
print(c.send(None))
print(c.send("hello"))
print(c.throw(KeyError("k")))
try:
    c.send("finish")
except StopIteration as stop:
    print("outer returned", stop.value)
show(log)

c = outer(log)
c.send(None)
try:
    c.throw(ValueError("unhandled by inner"))
except ValueError as e:
    print(type(e).__name__, e)
show(log)

c = outer(log)
c.send(None)
c.close()
print("closed")
show(log)


# an __await__ that converts a thrown exception into a return value
class Absorb:
    def __await__(self):
        try:
            yield "absorbing"
        except ZeroDivisionError:
            return "absorbed"
        return "not thrown"


async def absorb_user():
    return await Absorb()


c = absorb_user()
c.send(None)
try:
    c.throw(ZeroDivisionError)
except StopIteration as stop:
    print("absorb result:", stop.value)


# a thrown exception with a traceback object
async def rethrow():
    try:
        await Absorb()
    except IndexError as e:
        return f"rethrow caught {e}"


try:
    raise IndexError("with traceback")
except IndexError as err:
    saved = err
c = rethrow()
c.send(None)
try:
    c.throw(saved)
except StopIteration as stop:
    print(stop.value)

# the three-argument form of throw is still accepted in 3.11
c = rethrow()
c.send(None)
try:
    c.throw(IndexError, IndexError("three args"), None)
except StopIteration as stop:
    print(stop.value)
