"""asyncio for pyvm: one event loop that runs coroutines as tasks.

What ordinary scripts use, with CPython's behaviour: ``run``, ``sleep``,
``gather``, ``create_task``, ``wait_for``, tasks and futures, ``Event``,
``Lock`` and ``Queue``. There is no networking and no threads: the loop
only has callbacks, timers and tasks, and sleeps when nothing is ready.
"""

import sys as _sys
import time as _time
import weakref as _weakref

__all__ = [
    "CancelledError", "InvalidStateError", "TimeoutError", "QueueEmpty",
    "QueueFull", "Future", "Task", "Event", "Lock", "Queue", "run", "sleep",
    "gather", "create_task", "ensure_future", "wait_for", "iscoroutine",
    "get_running_loop", "get_event_loop", "new_event_loop", "current_task",
    "all_tasks",
]


class CancelledError(BaseException):
    """The operation was cancelled."""


CancelledError.__module__ = "asyncio.exceptions"


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


InvalidStateError.__module__ = "asyncio.exceptions"


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""


TimeoutError = TimeoutError


async def _probe():
    pass


_probe_coroutine = _probe()
_CoroutineType = type(_probe_coroutine)
_probe_coroutine.close()
_GeneratorType = type(_ for _ in ())
del _probe, _probe_coroutine


def iscoroutine(obj):
    """Whether obj is a coroutine object; CPython 3.11 still takes a plain
    generator for a legacy generator-based coroutine, and any object
    collections.abc.Coroutine recognises (an async generator's aclose()
    step has send, throw, close and __await__)."""
    if isinstance(obj, (_CoroutineType, _GeneratorType)):
        return True
    kind = type(obj)
    return all(hasattr(kind, name) for name in ("send", "throw", "close", "__await__"))


_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

_running_loop = None


def get_running_loop():
    """The running event loop; RuntimeError when there is none."""
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    """The running event loop, or a new one."""
    if _running_loop is not None:
        return _running_loop
    return new_event_loop()


def new_event_loop():
    """A new event loop."""
    return _EventLoop()


class Handle:
    """A callback scheduled on the loop."""

    def __init__(self, callback, args, when=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._when = when

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as error:
            # As CPython's loop reports an exception no one will see.
            import sys
            print(f"Exception in callback {self._callback!r}: {error!r}", file=sys.stderr)


class _EventLoop:
    def __init__(self):
        self._ready = []
        self._timers = []
        self._sequence = 0
        self._closed = False
        self._running = False
        # The async generators first iterated while the loop ran, which
        # shutdown_asyncgens closes: weak references by id, in the order
        # the generators started.
        self._asyncgens = {}
        self._asyncgens_shutdown_called = False

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args):
        handle = Handle(callback, args)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args):
        handle = Handle(callback, args, when)
        self._sequence += 1
        entry = (when, self._sequence, handle)
        # Kept sorted: the earliest timer first.
        low, high = 0, len(self._timers)
        while low < high:
            middle = (low + high) // 2
            if self._timers[middle] < entry:
                low = middle + 1
            else:
                high = middle
        self._timers.insert(low, entry)
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None):
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    def run_until_complete(self, future):
        global _running_loop
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if self._running:
            raise RuntimeError("This event loop is already running")
        future = ensure_future(future, loop=self)
        outer = _running_loop
        _running_loop = self
        self._running = True
        old_hooks = _sys.get_asyncgen_hooks()
        _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                finalizer=self._asyncgen_finalizer_hook)
        try:
            while not future.done():
                self._run_once()
        finally:
            self._running = False
            _running_loop = outer
            _sys.set_asyncgen_hooks(*old_hooks)
        return future.result()

    def _asyncgen_firstiter_hook(self, agen):
        key = id(agen)
        asyncgens = self._asyncgens
        asyncgens[key] = _weakref.ref(agen, lambda _: asyncgens.pop(key, None))

    def _asyncgen_finalizer_hook(self, agen):
        # pyvm does not finalize unreachable async generators, so this is
        # never called; it is the hook CPython's loop installs.
        self._asyncgens.pop(id(agen), None)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Closes every async generator still open."""
        self._asyncgens_shutdown_called = True
        closing = [ref() for ref in self._asyncgens.values()]
        closing = [agen for agen in closing if agen is not None]
        self._asyncgens.clear()
        if not closing:
            return
        results = await gather(*[agen.aclose() for agen in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            # StopAsyncIteration: an aclose() the generator ignored before
            # (CPython would not finalize such a generator, and pyvm, which
            # finalizes none, keeps it in _asyncgens until here).
            if isinstance(result, Exception) and not isinstance(result, StopAsyncIteration):
                print(f"an error occurred during closing of asynchronous generator {agen!r}",
                      file=_sys.stderr)

    def _run_once(self):
        while self._timers and self._timers[0][2]._cancelled:
            self._timers.pop(0)
        if not self._ready and self._timers:
            delay = self._timers[0][0] - self.time()
            if delay > 0:
                _time.sleep(delay)
        now = self.time()
        while self._timers and self._timers[0][0] <= now:
            handle = self._timers.pop(0)[2]
            if not handle._cancelled:
                self._ready.append(handle)
        ready, self._ready = self._ready, []
        for handle in ready:
            if not handle._cancelled:
                handle._run()


class Future:
    """A result that will be set later, which coroutines can await."""

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        return f"<{type(self).__name__} {self._state.lower()}>"

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def result(self):
        if self._state == _CANCELLED:
            raise CancelledError(*self._cancel_args())
        if self._state == _PENDING:
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise CancelledError(*self._cancel_args())
        if self._state == _PENDING:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def _cancel_args(self):
        return () if self._cancel_message is None else (self._cancel_message,)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        count = len(self._callbacks)
        self._callbacks = [callback for callback in self._callbacks if callback != fn]
        return count - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def __await__(self):
        if not self.done():
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_task_count = 0
_current_task = None
_tasks = []


class Task(Future):
    """A coroutine run by the event loop, step by step."""

    def __init__(self, coro, *, loop=None, name=None):
        global _task_count
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        _task_count += 1
        self._coro = coro
        self._name = str(name) if name is not None else f"Task-{_task_count}"
        self._must_cancel = False
        self._waiting_on = None
        _tasks.append(self)
        self._loop.call_soon(self._step)

    def __repr__(self):
        return f"<Task {self._state.lower()} name={self._name!r}>"

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        self._cancel_message = msg
        if self._waiting_on is not None and self._waiting_on.cancel(msg):
            return True
        self._must_cancel = True
        return True

    def _step(self, error=None):
        global _current_task
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(error, CancelledError):
                error = CancelledError(*self._cancel_args())
            self._must_cancel = False
        outer = _current_task
        _current_task = self
        try:
            if error is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(error)
        except StopIteration as stop:
            if self._must_cancel:
                super().cancel(self._cancel_message)
            else:
                super().set_result(stop.value)
            _tasks.remove(self)
        except CancelledError as cancelled:
            self._cancel_message = cancelled.args[0] if cancelled.args else None
            super().cancel(self._cancel_message)
            _tasks.remove(self)
        except (KeyboardInterrupt, SystemExit) as exiting:
            super().set_exception(exiting)
            _tasks.remove(self)
            raise
        except BaseException as raised:
            super().set_exception(raised)
            _tasks.remove(self)
        else:
            if isinstance(result, Future):
                if result is self:
                    self._loop.call_soon(
                        self._step, RuntimeError(f"Task cannot await on itself: {self!r}"))
                else:
                    self._waiting_on = result
                    result.add_done_callback(self._wakeup)
                    if self._must_cancel and result.cancel(self._cancel_message):
                        self._must_cancel = False
            elif result is None:
                # A bare yield (`sleep(0)`): run again on the next round.
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(
                    self._step, RuntimeError(f"Task got bad yield: {result!r}"))
        finally:
            _current_task = outer

    def _wakeup(self, future):
        self._waiting_on = None
        try:
            future.result()
        except BaseException as error:
            self._step(error)
        else:
            self._step()


def current_task(loop=None):
    """The task running now, or None."""
    return _current_task


def all_tasks(loop=None):
    """The tasks not done yet."""
    return {task for task in _tasks if not task.done()}


def ensure_future(coro_or_future, *, loop=None):
    """A future for coro_or_future: a coroutine becomes a task."""
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, "__await__"):
        return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_task(coro, *, name=None):
    """Schedules the coroutine coro as a task on the running loop."""
    return get_running_loop().create_task(coro, name=name)


class _Yield:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspends the calling task for delay seconds, then gives result."""
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _release_waiter(waiter):
    if not waiter.done():
        waiter.set_result(None)


def _set_result_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg):
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the results of all the awaitables, in their order."""
    loop = get_event_loop()
    if not coros_or_futures:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    seen = {}
    for awaitable in coros_or_futures:
        key = id(awaitable)
        if key not in seen:
            seen[key] = ensure_future(awaitable, loop=loop)
        children.append(seen[key])
    outer = _GatheringFuture(children, loop=loop)
    finished = 0

    def child_done(child):
        nonlocal finished
        finished += 1
        if outer.done():
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(CancelledError(*child._cancel_args()))
                return
            error = child.exception()
            if error is not None:
                outer.set_exception(error)
                return
        if finished == len(seen):
            results = []
            for each in children:
                if each.cancelled():
                    results.append(CancelledError(*each._cancel_args()))
                else:
                    error = each.exception()
                    results.append(error if error is not None else each.result())
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for child in seen.values():
        child.add_done_callback(child_done)
    return outer


async def wait_for(aw, timeout):
    """Awaits aw, cancelling it and raising TimeoutError after timeout
    (CPython 3.11's algorithm: a timeout of zero or less cancels a task
    before it starts, and TimeoutError is raised from the CancelledError)."""
    loop = get_running_loop()
    if timeout is None:
        return await aw
    if timeout <= 0:
        inner = ensure_future(aw, loop=loop)
        if inner.done():
            return inner.result()
        await _cancel_and_wait(inner, loop)
        try:
            return inner.result()
        except CancelledError as cancelled:
            raise TimeoutError() from cancelled
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _release_waiter, waiter)
    release = lambda _: _release_waiter(waiter)
    inner = ensure_future(aw, loop=loop)
    inner.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            if inner.done():
                return inner.result()
            inner.remove_done_callback(release)
            await _cancel_and_wait(inner, loop)
            raise
        if inner.done():
            return inner.result()
        inner.remove_done_callback(release)
        await _cancel_and_wait(inner, loop)
        try:
            return inner.result()
        except CancelledError as cancelled:
            raise TimeoutError() from cancelled
    finally:
        handle.cancel()


async def _cancel_and_wait(inner, loop):
    """Cancels inner and waits until it is done."""
    waiter = loop.create_future()
    release = lambda _: _release_waiter(waiter)
    inner.add_done_callback(release)
    try:
        inner.cancel()
        await waiter
    finally:
        inner.remove_done_callback(release)


def run(main, *, debug=None):
    """Runs the coroutine main in a new event loop and gives its result;
    tasks still pending at its end are cancelled."""
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = new_event_loop()
    try:
        return loop.run_until_complete(main)
    finally:
        pending = [task for task in _tasks if task._loop is loop and not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()


class Event:
    """A flag that tasks can wait for."""

    def __init__(self):
        self._flag = False
        self._waiters = []

    def is_set(self):
        return self._flag

    def set(self):
        if not self._flag:
            self._flag = True
            for waiter in self._waiters:
                if not waiter.done():
                    waiter.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if self._flag:
            return True
        waiter = get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
            return True
        finally:
            self._waiters.remove(waiter)


class Lock:
    """A mutual-exclusion lock for tasks."""

    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        waiter = get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        finally:
            self._waiters.remove(waiter)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, kind, value, traceback):
        self.release()


class Queue:
    """A first-in, first-out queue for tasks."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def qsize(self):
        return len(self._items)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    @staticmethod
    def _wake_one(waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                return

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            await putter
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake_one(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            await getter
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._items.pop(0)
        self._wake_one(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()
