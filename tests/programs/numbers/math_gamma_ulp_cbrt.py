# math.gamma, lgamma, cbrt, ulp and nextafter to the last bit, with
# their domain and range errors.
import math
for f in ["gamma", "lgamma", "cbrt", "ulp"]:
    for x in [5, 0.5, 27, -27, 1e-30, -2.5, 0, -1, 171.5, 172, 1e308, float('inf'), float('-inf'), float('nan'), 2, 1, -0.0, 5e-324, 200.5, -200.5]:
        try: print(f, x, repr(getattr(math, f)(x)))
        except Exception as e: print(f, x, type(e).__name__, e)
for a, b in [(1, 2), (1, 0), (0, -1), (0.0, 0.0), (-0.0, 0.0), (float('inf'), 0), (1e308, float('inf')), (float('nan'), 1), (-1, -2)]:
    print(a, b, math.nextafter(a, b))
try: math.nextafter(1)
except TypeError as e: print(e)
try: math.gamma()
except TypeError as e: print(e)
