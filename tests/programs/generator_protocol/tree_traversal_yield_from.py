# Recursive generators with yield from: tree traversals, flattening, permutations.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

def inorder(node):
    if node is None:
        return
    yield from inorder(node.left)
    yield node.value
    yield from inorder(node.right)

def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)

def postorder(node):
    if node:
        yield from postorder(node.left)
        yield from postorder(node.right)
        yield node.value

def insert(node, value):
    if node is None:
        return Node(value)
    if value < node.value:
        node.left = insert(node.left, value)
    else:
        node.right = insert(node.right, value)
    return node

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, v)

print(list(inorder(root)))
print(list(preorder(root)))
print(list(postorder(root)))

# depth-counting traversal that returns the node count via yield from
def with_depth(node, depth=0):
    if node is None:
        return 0
    left = yield from with_depth(node.left, depth + 1)
    yield ("  " * depth) + str(node.value)
    right = yield from with_depth(node.right, depth + 1)
    return left + right + 1

g = with_depth(root)
lines = []
while True:
    try:
        lines.append(next(g))
    except StopIteration as e:
        count = e.value
        break
print("\n".join(lines))
print("count:", count)

# breadth-first with a queue (no recursion)
def bfs(node):
    queue = [node]
    while queue:
        current = queue.pop(0)
        if current:
            yield current.value
            queue.append(current.left)
            queue.append(current.right)

print(list(bfs(root)))

# flattening arbitrary nested lists
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]], "ab"])))

# permutations and subsets
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

print(["".join(p) for p in permutations("abc")])

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s

print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

# directory-like tree of dicts
tree = {"src": {"main.py": None, "lib": {"a.py": None, "b.py": None}}, "README": None}
def walk(d, prefix=""):
    for name in sorted(d):
        path = prefix + name
        if d[name] is None:
            yield path
        else:
            yield from walk(d[name], path + "/")

print(list(walk(tree)))

# deep recursion via yield from
def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1

dg = deep(200)
print(next(dg))
try:
    next(dg)
except StopIteration as e:
    print("depth", e.value)
