"""An exception no one catches, raised by a coroutine awaited where it
was made, under other such coroutines and one that suspended first."""


class Suspend:
    def __await__(self):
        yield


class Account:
    def __init__(self, balance):
        self.balance = balance

    async def withdraw(self, amount):
        await Suspend()
        if amount > self.balance:
            raise ValueError(f"balance {self.balance} is short of {amount}")
        self.balance -= amount


async def transfer(account, amounts):
    for amount in amounts:
        await account.withdraw(amount)


async def main():
    account = Account(10)
    await transfer(account, [3, 4, 5])


coroutine = main()
while True:
    coroutine.send(None)
