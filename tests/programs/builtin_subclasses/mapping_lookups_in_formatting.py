# String formatting with dict subclasses: %-formatting and format_map look
# keys up with __getitem__ (so __missing__ applies); str.format(**d) copies
# the mapping first, so __missing__ does not.
class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}?>"

d = Defaults(name="Ada")
print("%(name)s / %(age)s" % d)
print("{name} / {age}".format_map(d))
try:
    print("{name} / {age}".format(**d))
except KeyError as e:
    print(type(e).__name__, e)

class Loud(dict):
    def __getitem__(self, key):
        print("  __getitem__", repr(key))
        return dict.__getitem__(self, key)
ld = Loud(x=1, y=2)
print("%(x)s-%(y)s-%(x)s" % ld)
print("{x}{y}{x}".format_map(ld))
print("{x}{y}".format(**ld))
print("{0[x]}".format(ld))

class Mapping:
    def __getitem__(self, key):
        return key.upper()
print("%(abc)s" % Mapping(), "{hello}".format_map(Mapping()))
try:
    "%(k)s" % [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%(k)s %s" % Defaults()
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % Defaults(a=1), "%s" % (Defaults(a=1),), "%r" % [Defaults()])

class Template(str):
    def render(self, **values):
        return self.format_map(Defaults(values))
t = Template("Dear {title} {name},")
print(t.render(name="Grace"), type(t.render()).__name__)

class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
print("%(a)s %(b)s" % c, sorted(c))
print("{a}{z}".format_map(c), sorted(c))
