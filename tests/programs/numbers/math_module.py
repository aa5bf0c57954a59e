# The math module: exact sums, logs of big ints, combinatorics, domain errors.
import math
print(math.fsum([0.1]*10), sum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.log(2**2000), math.log(8, 2), math.log10(1000), math.log2(2**70))
print(math.comb(10, 3), math.perm(5), math.perm(5, 2), math.lcm(4, 6, 10), math.gcd())
print(math.hypot(3, 4), math.modf(-2.5), math.isclose(0.1+0.2, 0.3), math.copysign(3, -0.0))
for f, a in [(math.sqrt, -1), (math.log, 0), (math.exp, 1000), (math.factorial, -1), (math.floor, "x")]:
    try:
        f(a)
    except Exception as e:
        print(type(e).__name__, e)
print(math.floor(3), math.ceil(2.1), math.trunc(-2.7), math.factorial(20))
