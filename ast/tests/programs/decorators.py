@dec
@mod.dec(1, k=2)
def f(): ...
@cls_dec
class K: pass
