# The operator module where programs use it: as keys, reducers and
# table-driven dispatch.
import operator
from functools import reduce, partial

print(reduce(operator.mul, range(1, 11)), reduce(operator.add, ["a", "b", "c"], ""))
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])), list(map(operator.neg, [1, -2])))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=operator.itemgetter(1)))
print(list(filter(partial(operator.lt, 2), [1, 2, 3, 4])))
print(list(map(operator.methodcaller("strip", "-"), ["-a-", "--b"])))
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "<": operator.lt,
       "==": operator.eq, "in": lambda a, b: operator.contains(b, a)}


def evaluate(tokens):
    """Evaluates a postfix expression."""
    stack = []
    for token in tokens.split():
        if token in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[token](a, b))
        else:
            stack.append(int(token))
    return stack.pop()


for expr in ["3 4 + 2 *", "2 10 **", "7 2 /", "7 2 //", "-7 2 %", "1 2 <", "3 3 =="]:
    print(expr, "=>", evaluate(expr))
try:
    evaluate("1 0 /")
except ZeroDivisionError as e:
    print("error:", e)


class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        return f"Record({self.__dict__})"


records = [Record(city="Oslo", temp=-3, pop=700), Record(city="Lima", temp=19, pop=10000),
           Record(city="Rome", temp=19, pop=2800)]
print([r.city for r in sorted(records, key=operator.attrgetter("temp", "city"))])
print(max(records, key=operator.attrgetter("pop")).city)
get = operator.itemgetter(*range(0, 6, 2))
print(get("abcdef"), get([10, 11, 12, 13, 14]))

# Counting and searching.
words = "the cat and the hat and the bat".split()
print({w: operator.countOf(words, w) for w in sorted(set(words))})
print(operator.indexOf(words, "hat"))


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(operator.mul, row, col)) for col in cols] for row in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __repr__(self):
        return f"Matrix({self.rows})"


m = Matrix([[1, 2], [3, 4]])
print(operator.matmul(m, m))
n = operator.imatmul(m, Matrix([[0, 1], [1, 0]]))
print(n is m, m)

# length_hint sizes a buffer before a lazy source is consumed.
def take_all(source):
    size = operator.length_hint(source, 8)
    out = []
    for item in source:
        out.append(item)
    return size, out


print(take_all(iter([1, 2, 3])), take_all(x * x for x in range(3)), take_all(range(4)))
