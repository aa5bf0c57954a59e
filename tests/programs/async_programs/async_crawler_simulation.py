# A simulated web crawler: worker tasks take URLs from a queue, "fetch"
# pages from an in-memory site, enqueue new links, and stop via join.
import asyncio

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/team": ["/about", "/missing"],
    "/blog": ["/blog/1", "/blog/2", "/"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/shop"],
    "/shop": ["/shop/cart", "/"],
    "/shop/cart": [],
}


class NotFound(Exception):
    pass


async def fetch(url):
    for _ in range(len(url) % 3):
        await asyncio.sleep(0)
    if url not in SITE:
        raise NotFound(url)
    return SITE[url]


class Crawler:
    def __init__(self, workers):
        self.queue = asyncio.Queue()
        self.seen = set()
        self.visited = []
        self.errors = []
        self.workers = workers
        self.depth = {}

    async def add(self, url, depth):
        if url in self.seen:
            return
        self.seen.add(url)
        self.depth[url] = depth
        await self.queue.put(url)

    async def worker(self, name):
        handled = 0
        while True:
            url = await self.queue.get()
            try:
                links = await fetch(url)
                self.visited.append(url)
                for link in links:
                    await self.add(link, self.depth[url] + 1)
            except NotFound as e:
                self.errors.append(f"404 {e}")
            finally:
                handled += 1
                self.queue.task_done()

    async def run(self, start):
        await self.add(start, 0)
        tasks = [asyncio.create_task(self.worker(f"w{i}")) for i in range(self.workers)]
        await self.queue.join()
        for t in tasks:
            t.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        return [type(r).__name__ for r in results]


async def main():
    for workers in [1, 3]:
        crawler = Crawler(workers)
        print(await crawler.run("/"))
        print(sorted(crawler.visited))
        print(crawler.errors)
        by_depth = {}
        for url, d in crawler.depth.items():
            by_depth.setdefault(d, []).append(url)
        print({d: sorted(urls) for d, urls in sorted(by_depth.items())})


asyncio.run(main())
