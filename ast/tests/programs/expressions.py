v = not a and b or -c ** 2 // d @ e
w = 1 < x <= 3 != y is not None in z
q = t[1:2, ::3] if (n := len(t)) else t[...]
call(*args, key=1, **kwargs)
consts = (1, 1.5, 1e16, 2j, b'x\x00', u'y', None, True, 123456789012345678901234567890)
