# asyncio.Lock: mutual exclusion between tasks, acquire/release by hand,
# locked(), fairness, and releasing an unlocked lock.
import asyncio


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)

    # without the lock the read-modify-write interleaves; with it, it does not
    counter = {"value": 0}

    async def unsafe_increment():
        current = counter["value"]
        await asyncio.sleep(0)
        counter["value"] = current + 1

    await asyncio.gather(*[unsafe_increment() for _ in range(5)])
    print("unsafe:", counter["value"])

    counter["value"] = 0

    async def safe_increment():
        async with lock:
            current = counter["value"]
            await asyncio.sleep(0)
            counter["value"] = current + 1

    await asyncio.gather(*[safe_increment() for _ in range(5)])
    print("safe:", counter["value"])

    # waiters get the lock in the order they asked
    order = []

    async def user(n):
        async with lock:
            order.append(f"enter {n}")
            await asyncio.sleep(0)
            order.append(f"leave {n}")

    await asyncio.gather(*[user(n) for n in range(3)])
    print(order)

    # async with returns None as its value
    async with lock as value:
        print("as value:", value, lock.locked())
    print("after block:", lock.locked())

    # the lock is released when the body raises
    try:
        async with lock:
            raise ValueError("inside lock")
    except ValueError as e:
        print(type(e).__name__, e, lock.locked())

    # a task waiting on the lock sees it become free
    await lock.acquire()
    waiting = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print("waiter done while held:", waiting.done())
    lock.release()
    print(await waiting, lock.locked())
    lock.release()

    # a bank account protected by a lock
    class Account:
        def __init__(self, balance):
            self.balance = balance
            self.lock = asyncio.Lock()
            self.history = []

        async def withdraw(self, amount):
            async with self.lock:
                if self.balance < amount:
                    self.history.append(f"refused {amount}")
                    return False
                await asyncio.sleep(0)
                self.balance -= amount
                self.history.append(f"withdrew {amount}")
                return True

    account = Account(100)
    results = await asyncio.gather(*[account.withdraw(a) for a in [30, 50, 40, 10]])
    print(results, account.balance, account.history)


asyncio.run(main())
