# An exception raised by __exit__ while another is propagating chains to it.
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        raise RuntimeError("cleanup failed")

with Resource():
    {}["missing"]
