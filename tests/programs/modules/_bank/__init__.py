"""A small banking package."""
from .accounts import Account, InsufficientFunds
from . import rates
__all__ = ["Account", "InsufficientFunds", "rates"]
loaded_as = __name__
