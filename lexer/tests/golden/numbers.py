a = 0, 00, 0_0, 7, 1_000_000, 0x1F, 0XdEaD_bEeF, 0o17, 0O7_7, 0b1010, 0B1_0
b = 1.5, 1., .5, 1e10, 1E+10, 1e-10, 1_0.0_1e1_0, 3.14j, 10J, 1e5j, .5j, 0j
c = 1if x else 2, 0x1for, 1 .real, 1..real, 1._x
# Invalid in Python, but tokenize splits them without complaint:
d = 0777, 1__0, 1_, 0x, 1e, 0b2, 0o8, 09, 1jj, 5_j
