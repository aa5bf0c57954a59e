# A character-level tokenizer and a Pratt-style parser built from match
# statements over characters and token tuples.


def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        match text[i]:
            case " " | "\t":
                i += 1
            case ch if ch.isdigit():
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                num = text[i:j]
                tokens.append(("num", float(num) if "." in num else int(num)))
                i = j
            case ch if ch.isalpha() or ch == "_":
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            case "*" if text[i:i + 2] == "**":
                tokens.append(("op", "**"))
                i += 2
            case "+" | "-" | "*" | "/" | "(" | ")" | "," as ch:
                tokens.append(("op", ch))
                i += 1
            case ch:
                raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens


BINDING = {"+": 10, "-": 10, "*": 20, "/": 20, "**": 30}


def parse(tokens, min_bp=0):
    match tokens.pop(0) if tokens else None:
        case ("num", value):
            left = value
        case ("name", name) if tokens[:1] == [("op", "(")]:
            tokens.pop(0)
            args = []
            while tokens[:1] != [("op", ")")]:
                args.append(parse(tokens))
                if tokens[:1] == [("op", ",")]:
                    tokens.pop(0)
            tokens.pop(0)
            left = ("call", name, args)
        case ("name", name):
            left = ("var", name)
        case ("op", "-"):
            left = ("neg", parse(tokens, 25))
        case ("op", "("):
            left = parse(tokens)
            match tokens.pop(0) if tokens else None:
                case ("op", ")"):
                    pass
                case other:
                    raise SyntaxError(f"expected ), got {other}")
        case None:
            raise SyntaxError("unexpected end")
        case tok:
            raise SyntaxError(f"unexpected token {tok}")
    while tokens:
        match tokens[0]:
            case ("op", op) if op in BINDING and BINDING[op] > min_bp:
                tokens.pop(0)
                bp = BINDING[op] - (1 if op == "**" else 0)
                left = (op, left, parse(tokens, bp))
            case _:
                break
    return left


def evaluate(tree, env):
    match tree:
        case int() | float():
            return tree
        case ("var", name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("call", "max" | "min" as fn, [_, *_] as args):
            vals = [evaluate(a, env) for a in args]
            return max(vals) if fn == "max" else min(vals)
        case ("call", fn, _):
            raise NameError(f"unknown function {fn}")
        case (op, a, b):
            x, y = evaluate(a, env), evaluate(b, env)
            match op:
                case "+": return x + y
                case "-": return x - y
                case "*": return x * y
                case "/": return x / y
                case "**": return x ** y


env = {"x": 3, "y_2": 4}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "x * y_2 - 1.5",
            "max(1, x, y_2) + min(2, -1)", "10 / 4", "1 +", "2 $ 3", "(1 + 2",
            "foo(1)", "max()"]:
    try:
        tree = parse(tokenize(src))
        print(f"{src:30} {tree} = {evaluate(tree, env)}")
    except (SyntaxError, NameError) as e:
        print(f"{src:30} {type(e).__name__}: {e}")
