# A job scheduler with dependencies: each job waits on Events of the jobs
# it depends on, a Lock guards a shared log, and results are gathered.
import asyncio

JOBS = {
    "fetch": [],
    "parse": ["fetch"],
    "lint": ["fetch"],
    "compile": ["parse"],
    "test": ["compile", "lint"],
    "package": ["compile"],
    "release": ["test", "package"],
}


class Scheduler:
    def __init__(self, jobs):
        self.jobs = jobs
        self.done = {name: asyncio.Event() for name in jobs}
        self.lock = asyncio.Lock()
        self.log = []
        self.results = {}

    async def record(self, line):
        async with self.lock:
            await asyncio.sleep(0)
            self.log.append(line)

    async def run_job(self, name):
        for dep in self.jobs[name]:
            await self.done[dep].wait()
        await self.record(f"start {name}")
        for _ in range(len(name) % 3):
            await asyncio.sleep(0)
        inputs = [self.results[dep] for dep in self.jobs[name]]
        self.results[name] = f"{name}({','.join(inputs)})" if inputs else name
        await self.record(f"finish {name}")
        self.done[name].set()
        return name

    async def run(self):
        return await asyncio.gather(*[self.run_job(name) for name in self.jobs])


async def main():
    s = Scheduler(JOBS)
    print(await s.run())
    for line in s.log:
        print(line)
    print(s.results["release"])

    # verify every job started after its dependencies finished
    position = {line: i for i, line in enumerate(s.log)}
    ok = all(
        position[f"finish {dep}"] < position[f"start {name}"]
        for name, deps in JOBS.items() for dep in deps
    )
    print("order respected:", ok)

    # a job whose dependency never finishes is cancelled by wait_for
    s = Scheduler({"stuck": ["never"], "never": ["stuck"]})
    try:
        await asyncio.wait_for(s.run(), timeout=0.01)
    except TimeoutError:
        print("deadlock detected, log:", s.log)


asyncio.run(main())
