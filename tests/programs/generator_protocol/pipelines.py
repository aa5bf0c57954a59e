# Generator-based data pipelines with lazy evaluation tracing.
log = []

def read_lines(text):
    for line in text.split("\n"):
        log.append(f"read {line!r}")
        yield line

def strip_comments(lines):
    for line in lines:
        if "#" in line:
            line = line[:line.index("#")]
        yield line.strip()

def non_empty(lines):
    for line in lines:
        if line:
            yield line

def parse_pairs(lines):
    for line in lines:
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"bad line: {line!r}")
        yield key.strip(), value.strip()

text = """name = pyvm
# a comment line
version = 3.11   # trailing comment

mode= strict"""

pipeline = parse_pairs(non_empty(strip_comments(read_lines(text))))
print("nothing read yet:", log)
first = next(pipeline)
print("first:", first)
print("log so far:", log)
rest = list(pipeline)
print("rest:", rest)
print("lines read:", len(log))

config = dict(parse_pairs(non_empty(strip_comments(read_lines(text)))))
print(sorted(config.items()))

try:
    dict(parse_pairs(non_empty(read_lines("a=1\noops\nb=2"))))
except ValueError as e:
    print(type(e).__name__, e)

# numeric pipeline
def integers(start):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    for _ in range(n):
        yield next(it)

def squares(it):
    for x in it:
        yield x * x

def only(pred, it):
    for x in it:
        if pred(x):
            yield x

print(list(take(5, squares(only(lambda v: v % 3 == 0, integers(1))))))

# batching and windowing
def batched(it, size):
    batch = []
    for item in it:
        batch.append(item)
        if len(batch) == size:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)

def windows(it, size):
    window = []
    for item in it:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)

print(list(batched(range(7), 3)))
print(list(batched([], 3)))
print(list(windows("abcde", 3)))
print(list(windows("ab", 3)))

# pipeline stages as a list of functions
def compose(source, *stages):
    for stage in stages:
        source = stage(source)
    return source

result = compose(range(20), lambda it: (x for x in it if x % 2), lambda it: (x * 10 for x in it), lambda it: batched(it, 4))
print(list(result))

# sum of a pipeline
print(sum(squares(take(10, integers(1)))))
