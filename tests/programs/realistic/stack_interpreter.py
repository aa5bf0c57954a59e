class VMError(Exception):
    pass
def run(program, trace=False):
    stack, env, pc, out = [], {}, 0, []
    labels = {line.split()[1]: i for i, line in enumerate(program) if line.startswith("label")}
    steps = 0
    while pc < len(program):
        steps += 1
        if steps > 10_000:
            raise VMError("step limit exceeded")
        op, *args = program[pc].split()
        pc += 1
        if op == "push":
            stack.append(int(args[0]))
        elif op in ("add", "sub", "mul", "div", "lt"):
            if len(stack) < 2:
                raise VMError(f"stack underflow at {pc - 1}: {op}")
            b, a = stack.pop(), stack.pop()
            if op == "div" and b == 0:
                raise VMError("division by zero")
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "div": a // b if b else 0, "lt": int(a < b)}[op])
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op == "load":
            if args[0] not in env:
                raise VMError(f"undefined variable {args[0]!r}")
            stack.append(env[args[0]])
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == "jmp":
            pc = labels[args[0]]
        elif op == "print":
            out.append(stack.pop())
        elif op == "label":
            pass
        else:
            raise VMError(f"unknown instruction {op!r}")
    return out, env
factorial = """push 1
store acc
push 10
store n
label loop
push 0
load n
lt
jz end
load acc
load n
mul
store acc
load n
push 1
sub
store n
jmp loop
label end
load acc
print""".splitlines()
print(run(factorial))
for bad in [["add"], ["push 1", "push 0", "div"], ["load x"], ["frobnicate"], ["label top", "jmp top"]]:
    try:
        run(bad)
    except VMError as e:
        print("VMError:", e)
