# A small expression evaluator and a command loop written with match.


class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


def evaluate(node):
    match node:
        case Num(value):
            return value
        case Neg(Num(0)):
            return 0
        case Neg(operand):
            return -evaluate(operand)
        case BinOp("+", Num(0), right) | BinOp("+", right, Num(0)):
            return evaluate(right)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp(op, left, right):
            a, b = evaluate(left), evaluate(right)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/" if b != 0:
                    return a / b
                case "/":
                    raise ZeroDivisionError("division by zero in expression")
        case _:
            raise ValueError(f"not an expression: {node!r}")


tree = BinOp("+", Num(2), BinOp("*", Num(3), Neg(Num(4))))
print(evaluate(tree))
print(evaluate(BinOp("+", Num(0), Num(9))))
print(evaluate(BinOp("*", Num(5), Num(0))))
print(evaluate(BinOp("/", Num(1), Num(4))))
for bad in [BinOp("/", Num(1), Num(0)), "text"]:
    try:
        evaluate(bad)
    except (ZeroDivisionError, ValueError) as error:
        print(type(error).__name__, error)


def run(lines):
    stack = []
    for line in lines:
        match line.split():
            case ["push", number] if number.lstrip("-").isdigit():
                stack.append(int(number))
            case ["push", other]:
                print("cannot push", other)
            case ["pop"] if stack:
                print("popped", stack.pop())
            case ["pop"]:
                print("empty")
            case ["add" | "mul" as op] if len(stack) >= 2:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["show", *names]:
                print("stack", stack, "for", names or "everyone")
            case []:
                pass
            case [command, *_]:
                print("unknown command", command)
    return stack


print(run(["push 2", "push 3", "add", "push -4", "mul", "show", "", "push x",
           "pop", "pop", "pop", "frobnicate now", "show a b"]))

events = [{"kind": "click", "pos": (1, 2)}, {"kind": "key", "key": "q"},
          {"kind": "key", "key": "a", "mods": ["ctrl"]}, {"kind": "resize", "size": [800, 600]},
          {"kind": "scroll"}]
for event in events:
    match event:
        case {"kind": "click", "pos": (x, y)}:
            print(f"click at {x},{y}")
        case {"kind": "key", "key": "q", **rest} if not rest:
            print("quit")
        case {"kind": "key", "key": key, "mods": [*mods]}:
            print(f"key {key} with {'+'.join(mods)}")
        case {"kind": "resize", "size": [int(w), int(h)]}:
            print(f"resize to {w}x{h}")
        case {"kind": kind}:
            print("unhandled", kind)
