# An error raised in a generator after send().
def averager():
    total = count = 0
    while True:
        value = yield
        total += value
        count += 1
avg = averager()
next(avg)
avg.send(10)
avg.send("eleven")
