async def main():
    async for x in aiter():
        await x
    else:
        pass
    async with a as b:
        yield
    return [y async for y in z]
