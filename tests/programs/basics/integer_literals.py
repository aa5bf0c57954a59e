# Integer and float literal forms: underscores, bases, exponents, and their errors.
print(1_000_000, 0x_FF, 0o_17, 0b_1010, 0XAB, 0O7, 0B1, 1_0.5_0, 1e1_0, .5, 5., 0.0, 00, 0_0)
print(0xDEADBEEF, 0o777, 0b1111_0000, 1_2_3, 123456789012345678901234567890, 1E-3, 1.5e+3)
for src in ["1__0", "1_", "0x", "09", "1e", "0_x1", "1.e_1", "1.__1"]:
    try:
        eval(src)
        print(src, "ok")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
