# A connection pool: async with acquires a connection, tasks wait when
# the pool is empty, and an async iterator streams rows from a connection.
import asyncio


class Connection:
    def __init__(self, ident):
        self.ident = ident
        self.queries = 0

    async def execute(self, sql):
        self.queries += 1
        await asyncio.sleep(0)
        return Rows(sql, 3)


class Rows:
    def __init__(self, sql, count):
        self.sql = sql
        self.count = count
        self.index = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.index >= self.count:
            raise StopAsyncIteration
        self.index += 1
        await asyncio.sleep(0)
        return (self.sql.split()[-1], self.index)


class Pool:
    def __init__(self, size):
        self.free = asyncio.Queue()
        for i in range(size):
            self.free.put_nowait(Connection(i))
        self.log = []
        self.in_use = 0
        self.max_in_use = 0

    def connection(self):
        return PooledConnection(self)


class PooledConnection:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    async def __aenter__(self):
        self.conn = await self.pool.free.get()
        self.pool.in_use += 1
        self.pool.max_in_use = max(self.pool.max_in_use, self.pool.in_use)
        self.pool.log.append(f"acquire {self.conn.ident}")
        return self.conn

    async def __aexit__(self, kind, value, tb):
        self.pool.in_use -= 1
        self.pool.log.append(f"release {self.conn.ident}" + (f" after {kind.__name__}" if kind else ""))
        await self.pool.free.put(self.conn)
        return False


async def job(pool, name, fail=False):
    async with pool.connection() as conn:
        rows = await conn.execute(f"select from {name}")
        collected = [row async for row in rows]
        if fail:
            raise ValueError(f"{name} failed")
        return name, conn.ident, collected


async def main():
    pool = Pool(2)
    results = await asyncio.gather(
        job(pool, "users"), job(pool, "orders"), job(pool, "items"),
        job(pool, "broken", fail=True), job(pool, "logs"),
        return_exceptions=True,
    )
    for r in results:
        print(r if not isinstance(r, Exception) else f"{type(r).__name__}: {r}")
    print("max in use:", pool.max_in_use, "free now:", pool.free.qsize())
    for line in pool.log:
        print(line)
    conns = []
    while not pool.free.empty():
        conns.append(pool.free.get_nowait())
    print(sorted((c.ident, c.queries) for c in conns))


asyncio.run(main())
