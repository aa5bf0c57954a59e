log_lines = """INFO start server
WARN disk 91%
ERROR failed to bind port 80
INFO retry
ERROR timeout after 30s
INFO ready""".splitlines()
def parse(lines):
    for number, line in enumerate(lines, 1):
        level, _, message = line.partition(" ")
        yield {"n": number, "level": level, "msg": message}
def only(level, records):
    return (r for r in records if r["level"] == level)
def numbered(records):
    for r in records:
        yield f"{r['n']:>3}: {r['msg']}"
for line in numbered(only("ERROR", parse(log_lines))):
    print(line)
print(sum(1 for _ in only("INFO", parse(log_lines))))
def tokens(text):
    word = ""
    for ch in text:
        if ch.isalnum():
            word += ch
        else:
            if word:
                yield ("WORD", word)
                word = ""
            if not ch.isspace():
                yield ("PUNCT", ch)
    if word:
        yield ("WORD", word)
print(list(tokens("Hello, world! It's 9 o'clock.")))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(10), 4)))
def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"
light = traffic_light()
print([next(light) for _ in range(5)])
def tree_walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for child in children:
        yield from tree_walk(child, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for depth, name in tree_walk(tree):
    print("  " * depth + name)
gen = (x * 2 for x in range(3))
print(gen.__name__, list(gen), list(gen))
def lazy_evaluation():
    print("started")
    yield 1
lz = lazy_evaluation()
print("created")
print(next(lz))
print(list(zip(range(3), (c for c in "abcdef"))), dict(enumerate("xy")))
