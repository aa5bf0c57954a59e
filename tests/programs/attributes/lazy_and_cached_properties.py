# Non-data descriptors that cache into the instance dict, and functools.cached_property.
import functools

class lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0
    @lazy
    def total(self):
        self.computations += 1
        return sum(self.values)
    @functools.cached_property
    def mean(self):
        self.computations += 1
        return self.total / len(self.values)

d = Dataset([1, 2, 3, 4])
print("total" in vars(d), d.total, d.total, d.computations, "total" in vars(d))
print(d.mean, d.mean, d.computations, sorted(vars(d)))
del d.total
del d.mean
print(d.mean, d.computations)
d.mean = 100
print(d.mean)
print(type(Dataset.__dict__["mean"]).__name__, Dataset.mean.attrname, Dataset.mean.func.__name__)
print(type(Dataset.total).__name__, Dataset.total.name)
# Lazy values per instance are independent.
d1, d2 = Dataset([1]), Dataset([10, 20])
print(d1.mean, d2.mean, d1.total, d2.total)
# Invalidating a cache by deleting keys.
class Report:
    def __init__(self, rows):
        self.rows = rows
    @functools.cached_property
    def summary(self):
        print("  computing summary")
        return f"{len(self.rows)} rows"
    def add(self, row):
        self.rows.append(row)
        self.__dict__.pop("summary", None)
r = Report([1])
print(r.summary)
print(r.summary)
r.add(2)
print(r.summary)
