# time: the clocks move forward, sleep waits, wrong arguments raise.
import time

t0, p0, m0, n0 = time.time(), time.perf_counter(), time.monotonic(), time.perf_counter_ns()
time.sleep(0.02)
t1, p1, m1, n1 = time.time(), time.perf_counter(), time.monotonic(), time.perf_counter_ns()
print(t1 > 1.6e9, 0.015 < p1 - p0 < 5, 0.015 < m1 - m0 < 5, n1 - n0 > 15_000_000)
print(type(time.time_ns()).__name__, abs(time.time_ns() / 1e9 - time.time()) < 5)
c0 = time.process_time()
total = sum(i * i for i in range(20000))
print(time.process_time() >= c0, type(time.process_time()).__name__, type(time.monotonic_ns()).__name__)
time.sleep(0)
for bad in [lambda: time.sleep(-1), lambda: time.sleep("1"), lambda: time.time(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
