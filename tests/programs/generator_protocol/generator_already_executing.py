# ValueError: generator already executing, gi_running during execution.
def self_next():
    yield next(me)

me = self_next()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# generator state after that error
try:
    next(me)
except StopIteration:
    print("finished after ValueError")

def self_send():
    yield me2.send(None)

me2 = self_send()
try:
    next(me2)
except ValueError as e:
    print("send:", type(e).__name__, e)

def self_throw():
    yield me3.throw(KeyError)

me3 = self_throw()
try:
    next(me3)
except ValueError as e:
    print("throw:", type(e).__name__, e)

def self_close():
    yield me4.close()

me4 = self_close()
try:
    next(me4)
except ValueError as e:
    print("close:", type(e).__name__, e)

# gi_running observed from inside
def observer():
    print("inside, gi_running =", obs.gi_running)
    yield 1
    print("inside again, gi_running =", obs.gi_running)
    yield 2

obs = observer()
print("before start:", obs.gi_running)
next(obs)
print("suspended:", obs.gi_running)
next(obs)
print("suspended again:", obs.gi_running)
list(obs)
print("finished:", obs.gi_running)

# caught ValueError inside the generator, and the generator keeps going
def careful():
    try:
        next(c)
    except ValueError as e:
        print("caught inside:", e)
    yield "continued"
    yield "and more"

c = careful()
print(list(c))

# re-entering via a helper function from a nested generator
def outer():
    yield from inner()

def inner():
    yield "inner start"
    try:
        next(o)
    except ValueError as e:
        print("inner saw:", e)
    yield "inner end"

o = outer()
print(list(o))
