import keyword
from . import x as y
match command.split():
    case [action]:
        _ = action
    case _:
        pass
match = case = _ = 1
async def f():
    await g()
    async for x in y: pass
    async with z: pass
lambda: (yield)
True, False, None, nonlocal_, global_
café = 1
naïve, ÆØÅ, 日本, Ωmega, x_ʹ = 1, 2, 3, 4, 5
ﬁ = 1
