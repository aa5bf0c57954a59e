# A small stack machine: instructions are tuples decoded with match,
# including jumps, calls and error reporting with the instruction index.


class VMError(Exception):
    def __init__(self, pc, message):
        super().__init__(f"pc={pc}: {message}")
        self.pc = pc


def run(program, trace=False):
    stack, frames, pc, out = [], [], 0, []
    steps = 0
    while pc < len(program):
        steps += 1
        if steps > 1000:
            raise VMError(pc, "step limit")
        instr = program[pc]
        pc += 1
        match instr:
            case ("push", value):
                stack.append(value)
            case ("pop",):
                stack.pop()
            case ("dup",):
                stack.append(stack[-1])
            case ("over",):
                stack.append(stack[-2])
            case ("swap",):
                stack[-1], stack[-2] = stack[-2], stack[-1]
            case (("add" | "sub" | "mul" | "div" | "lt") as op,):
                if len(stack) < 2:
                    raise VMError(pc - 1, f"{op} needs two operands")
                b, a = stack.pop(), stack.pop()
                match op:
                    case "add": stack.append(a + b)
                    case "sub": stack.append(a - b)
                    case "mul": stack.append(a * b)
                    case "lt": stack.append(a < b)
                    case "div":
                        try:
                            stack.append(a // b)
                        except ZeroDivisionError as e:
                            raise VMError(pc - 1, "division by zero") from e
            case ("jmp", int(target)):
                pc = target
            case ("jz", int(target)):
                if not stack.pop():
                    pc = target
            case ("call", int(target)):
                frames.append(pc)
                pc = target
            case ("ret",):
                if not frames:
                    raise VMError(pc - 1, "return outside call")
                pc = frames.pop()
            case ("print",):
                out.append(stack.pop())
            case ("halt",):
                break
            case (name, *args):
                raise VMError(pc - 1, f"bad instruction {name!r} with {len(args)} args")
            case other:
                raise VMError(pc - 1, f"malformed {other!r}")
        if trace:
            print(f"  {pc:3} {instr!r:24} {stack}")
    return out


countdown = [
    ("push", 3),
    ("dup",), ("print",),          # 1, 2
    ("push", 1), ("sub",),         # 3, 4
    ("dup",), ("jz", 8),           # 5, 6
    ("jmp", 1),                    # 7
    ("halt",),                     # 8
]
print("countdown:", run(countdown))

square_call = [
    ("push", 7), ("call", 4), ("print",), ("halt",),
    ("dup",), ("mul",), ("ret",),
]
print("square:", run(square_call, trace=True))

# factorial keeping [n, acc] on the stack
factorial = [
    ("push", 6), ("push", 1),          # 0, 1
    ("over",), ("jz", 11),             # 2, 3: stop when n == 0
    ("over",), ("mul",),               # 4, 5: n acc*n
    ("swap",), ("push", 1), ("sub",),  # 6-8: acc*n n-1
    ("swap",), ("jmp", 2),             # 9, 10
    ("print",), ("halt",),             # 11, 12
]
print("factorial:", run(factorial))

for bad in [[("add",)], [("push", 1), ("push", 0), ("div",)], [("ret",)],
            [("frobnicate", 1, 2)], ["oops"], [("jmp", 0)]]:
    try:
        print(run(bad))
    except VMError as e:
        print(f"VMError: {e} (pc attribute {e.pc}, cause {type(e.__cause__).__name__})")
