RATE = 0.05
def interest_for(balance):
    return round(balance * RATE, 2)
print("rates module loaded as", __name__)
