import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(2), math.isqrt(99), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.exp(0), math.expm1(0))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10), math.degrees(math.pi), math.radians(180), math.atan2(1, 1))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.prod([1, 2, 3, 4]), math.prod([], start=5), math.fsum([0.1] * 10), sum([0.1] * 10), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(10**20 + 0.5) == 10**20, type(math.floor(2.5)), math.ceil(2**60 + 0.5), math.remainder(10, 3))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
            lambda: math.factorial(2.5), lambda: math.acos(2), lambda: math.isqrt(-4), lambda: math.exp(1000),
            lambda: math.comb(3, -1), lambda: math.sqrt("x"), lambda: math.floor(math.inf), lambda: math.gcd(1.5, 2)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.acosh(1), math.asinh(0), math.atanh(0.5), math.exp2(10), math.frexp(0.1), math.frexp(-5e-324), math.frexp(0.0))
print(math.ldexp(1, 1024 - 1), math.ldexp(3, -1080), math.remainder(7, 2), math.remainder(-7, 2), math.remainder(5, 2), math.remainder(6, 4))
for bad in [lambda: math.atanh(1), lambda: math.log1p(-1), lambda: math.ldexp(1, 2000), lambda: math.ldexp(1, 1.5),
            lambda: math.dist((1,), (1, 2)), lambda: math.remainder(1, 0), lambda: math.acosh(0)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
