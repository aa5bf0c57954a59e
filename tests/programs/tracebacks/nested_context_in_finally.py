# An exception in a finally block chains onto the pending one.
def work():
    try:
        raise ValueError("work failed")
    finally:
        cleanup()
def cleanup():
    raise OSError("cleanup failed")
work()
