import _bank
from _bank import Account, InsufficientFunds
from _bank._ledger import entries
from _bank._ledger.entries import parent_rate
acct = Account("zoe", 100)
acct.deposit(50)
print(acct.add_interest(), acct.balance, acct.entries)
try:
    acct.withdraw(1000)
except InsufficientFunds as e:
    print("InsufficientFunds", e)
print(_bank.loaded_as, _bank.__all__, _bank.rates.__name__, entries.__name__, entries.__package__)
print(parent_rate(), _bank.__doc__, _bank._ledger.__name__, type(_bank).__name__)
import sys
print(sorted(m for m in sys.modules if m.startswith("_bank")))
import _bank.rates as again
print(again is _bank.rates, sys.modules["_bank.accounts"].Account is Account)
from _bank.accounts import *
print("Entry" in dir(), "interest_for" in dir())
try:
    from _bank import nothing_here
except ImportError as e:
    print("ImportError", e)
try:
    import _bank.missing_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
