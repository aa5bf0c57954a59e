# An exception in __init__: its frame is in the traceback, below the call.
class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError(f"balance must not be negative, got {balance}")
        self.balance = balance


accounts = [Account(n) for n in (10, 5, -3)]
