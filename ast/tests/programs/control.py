while x:
    break
else:
    continue
if a:
    pass
elif b:
    assert c, "msg"
else:
    yield from d
try:
    pass
except* E:
    pass
