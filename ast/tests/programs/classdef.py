class C(Base, metaclass=M):
    """doc"""
    x: int
    def m(self): pass
