# An uncaught error raised inside __str__ called by print().
class Price:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$" + self.cents / 100
print(Price(250))
