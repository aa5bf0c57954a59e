# assert: messages of any type, evaluation only on failure, and AssertionError args.
def msg():
    print("message evaluated")
    return "lazy message"
assert True, msg()
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print("AssertionError:", e, e.args)
for message in [None, 42, ["list"], ("tuple", 1)]:
    try:
        assert False, message
    except AssertionError as e:
        print(repr(e), e.args)
try:
    assert []
except AssertionError as e:
    print("bare:", repr(e), e.args)
x = 5
try:
    assert x < 3, f"x is {x}"
except AssertionError as e:
    print(e)
