"""Method calls on objects of a small class hierarchy."""


class Counter:
    def __init__(self):
        self.value = 0

    def add(self, n):
        self.value += n
        return self

    def get(self):
        return self.value


class StepCounter(Counter):
    def add(self, n):
        return super().add(n * 2)


def run(n):
    a = Counter()
    b = StepCounter()
    for i in range(n):
        a.add(i).add(1)
        b.add(i)
    return a.get() + b.get()


print(run(500_000))
