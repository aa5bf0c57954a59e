# A metaclass-based plugin registry with per-hierarchy registries and lookup by name.
class PluginMeta(type):
    def __new__(mcs, name, bases, ns, abstract=False, **kw):
        cls = super().__new__(mcs, name, bases, ns, **kw)
        if not any(isinstance(b, PluginMeta) for b in bases):
            cls._registry = {}
            cls._root = cls
        elif not abstract:
            key = ns.get("name", name.lower())
            if key in cls._registry:
                raise ValueError("duplicate plugin %r (%s vs %s)" % (key, cls._registry[key].__name__, name))
            cls._registry[key] = cls
        cls.abstract = abstract
        return cls
    def __init__(cls, name, bases, ns, abstract=False, **kw):
        super().__init__(name, bases, ns, **kw)
    def get(cls, key):
        try:
            return cls._registry[key]
        except KeyError:
            raise LookupError("no %s plugin named %r; known: %s" % (cls._root.__name__, key, ", ".join(sorted(cls._registry)))) from None
    def __iter__(cls):
        return iter(sorted(cls._registry.items()))
    def __len__(cls):
        return len(cls._registry)

class Codec(metaclass=PluginMeta):
    def encode(self, s):
        raise NotImplementedError

class TextCodec(Codec, abstract=True):
    def encode(self, s):
        return self.transform(s)

class Upper(TextCodec):
    def transform(self, s):
        return s.upper()
class Reverse(TextCodec):
    name = "rev"
    def transform(self, s):
        return s[::-1]
class Rot13(TextCodec):
    def transform(self, s):
        out = []
        for ch in s:
            if "a" <= ch <= "z":
                out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
            else:
                out.append(ch)
        return "".join(out)

class Compressor(metaclass=PluginMeta):
    pass
class RunLength(Compressor):
    def compress(self, s):
        out = []
        i = 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            out.append("%d%s" % (j - i, s[i]))
            i = j
        return "".join(out)

print(len(Codec), [k for k, v in Codec], len(Compressor), [k for k, v in Compressor])
for key in ("upper", "rev", "rot13"):
    print(key, Codec.get(key)().encode("hello world"))
print(Compressor.get("runlength")().compress("aaabccdddd"))
try:
    Codec.get("zip")
except LookupError as e:
    print(type(e).__name__, e)
try:
    class Again(TextCodec):
        name = "rev"
except ValueError as e:
    print(type(e).__name__, e)
print(TextCodec.abstract, Upper.abstract, Codec._registry is Upper._registry, Codec._registry is Compressor._registry)
print(type(Upper).__name__, [k.__name__ for k in Rot13.__mro__])
print("textcodec" in Codec._registry, Upper._root.__name__, RunLength._root.__name__)
