# split/subgroup copy __cause__ onto the parts, and __suppress_context__
# along with it (raise ... from X sets it to True).
try:
    raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    print(caught.__suppress_context__, m.__suppress_context__, r.__suppress_context__)
    print(caught.subgroup(TypeError).__suppress_context__)

try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("none", [ValueError(1), TypeError(2)]) from None
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    print(caught.__suppress_context__, m.__suppress_context__, repr(m.__cause__), repr(m.__context__))

g = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
g.__suppress_context__ = True
print(g.split(ValueError)[0].__suppress_context__)
