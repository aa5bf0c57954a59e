"""A Richards-style operating-system simulation: a scheduler switching
between task objects of several classes that pass packets to each other.
Classes, attribute reads and writes, and method calls on user objects."""

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
TASK_COUNT = 6
DEVICE_KIND, WORK_KIND = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = False
        self.held = False
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def is_held_or_waiting(self):
        return self.held or (not self.packet_pending and self.waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.waiting and not self.held

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.packet_pending = self.queue is not None
        return packet

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, count):
        super().__init__(scheduler, ident, priority, queue)
        self.control = 1
        self.count = count

    def run(self, packet):
        scheduler = self.scheduler
        self.count -= 1
        if self.count == 0:
            return scheduler.hold_current()
        if self.control & 1 == 0:
            self.control >>= 1
            return scheduler.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        scheduler = self.scheduler
        if packet is None:
            return scheduler.wait_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        data = packet.data
        for i in range(DATA_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            data[i] = 64 + self.count
        return scheduler.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work_queue = None
        self.device_queue = None

    def run(self, packet):
        scheduler = self.scheduler
        if packet is not None:
            if packet.kind == WORK_KIND:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            count = work.datum
            if count < DATA_SIZE:
                device = self.device_queue
                if device is not None:
                    self.device_queue = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return scheduler.queue_packet(device)
            else:
                self.work_queue = work.link
                return scheduler.queue_packet(work)
        return scheduler.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.pending = None

    def run(self, packet):
        scheduler = self.scheduler
        if packet is None:
            pending = self.pending
            if pending is None:
                return scheduler.wait_current()
            self.pending = None
            return scheduler.queue_packet(pending)
        self.pending = packet
        scheduler.hold_count += 1
        return scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * TASK_COUNT
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.is_held_or_waiting():
                task = task.link
                continue
            packet = None
            if task.is_waiting_with_packet():
                packet = task.take_packet()
                task.waiting = False
            self.current = task
            task = task.run(packet)

    def hold_current(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def queue_packet(self, packet):
        task = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return task.add_packet(packet, self.current)


def run(iterations):
    scheduler = Scheduler()
    IdleTask(scheduler, IDLE, 0, None, iterations)
    queue = Packet(None, WORKER, WORK_KIND)
    queue = Packet(queue, WORKER, WORK_KIND)
    worker = WorkerTask(scheduler, WORKER, 1000, queue)
    worker.waiting = True
    for handler in (HANDLER_A, HANDLER_B):
        device = DEVICE_A if handler == HANDLER_A else DEVICE_B
        queue = Packet(None, device, DEVICE_KIND)
        queue = Packet(queue, device, DEVICE_KIND)
        queue = Packet(queue, device, DEVICE_KIND)
        task = HandlerTask(scheduler, handler, 2000 + handler, queue)
        task.waiting = True
    for device in (DEVICE_A, DEVICE_B):
        task = DeviceTask(scheduler, device, 4000 + device, None)
        task.waiting = True
        task.held = True
    scheduler.schedule()
    return scheduler.queue_count, scheduler.hold_count


for _ in range(10):
    result = run(10000)
print(result)
