# Recursive coroutines: tree sums, deep await chains, mutual recursion,
# and a recursive async generator walking a nested structure.
import asyncio
import sys


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children


async def tree_sum(node):
    total = node.value
    for child in node.children:
        total += await tree_sum(child)
    return total


async def tree_depth(node):
    if not node.children:
        return 1
    depths = await asyncio.gather(*[tree_depth(c) for c in node.children])
    return 1 + max(depths)


async def walk(node, depth=0):
    yield depth, node.value
    for child in node.children:
        async for item in walk(child, depth + 1):
            yield item


async def countdown(n):
    if n == 0:
        return "bottom"
    return await countdown(n - 1)


async def is_even(n):
    return True if n == 0 else await is_odd(n - 1)


async def is_odd(n):
    return False if n == 0 else await is_even(n - 1)


async def fib(n, memo):
    if n in memo:
        return memo[n]
    if n < 2:
        result = n
    else:
        result = await fib(n - 1, memo) + await fib(n - 2, memo)
    memo[n] = result
    return result


async def flatten(value):
    if isinstance(value, list):
        for item in value:
            async for leaf in flatten(item):
                yield leaf
    else:
        yield value


async def main():
    tree = Tree(1, Tree(2, Tree(4), Tree(5, Tree(8))), Tree(3, Tree(6), Tree(7)))
    print(await tree_sum(tree))
    print(await tree_depth(tree))
    print([item async for item in walk(tree)])
    print(await countdown(200))
    print(await is_even(50), await is_odd(51), await is_even(7))
    print(await fib(60, {}))
    print([x async for x in flatten([1, [2, [3, [4, [5]]], 6], [[7]]])])

    # a recursion that fails at the bottom propagates the exception upward
    async def dive(n):
        if n == 0:
            raise LookupError("bottom reached")
        try:
            return await dive(n - 1)
        finally:
            trail.append(n)

    trail = []
    try:
        await dive(5)
    except LookupError as e:
        print(type(e).__name__, e, trail)

    # runaway recursion raises RecursionError that can be caught
    async def forever(n):
        return await forever(n + 1)

    old = sys.getrecursionlimit()
    try:
        await forever(0)
    except RecursionError as e:
        print("RecursionError caught:", type(e).__name__)
    print(sys.getrecursionlimit() == old)


asyncio.run(main())
