# A tiny Lisp: tokenizer, reader and evaluator written with match, with
# errors reported as exceptions.


class LispError(Exception):
    pass


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()


def read(tokens):
    match tokens:
        case []:
            raise LispError("unexpected EOF")
        case ["(", *_]:
            tokens.pop(0)
            lst = []
            while tokens and tokens[0] != ")":
                lst.append(read(tokens))
            if not tokens:
                raise LispError("missing )")
            tokens.pop(0)
            return lst
        case [")", *_]:
            raise LispError("unexpected )")
        case [tok, *_]:
            tokens.pop(0)
            try:
                return int(tok)
            except ValueError:
                return tok


def evaluate(x, env):
    match x:
        case int() | bool():
            return x
        case str(name):
            if name not in env:
                raise LispError(f"unbound symbol {name!r}")
            return env[name]
        case ["quote", datum]:
            return datum
        case ["if", test, then, other]:
            return evaluate(then if evaluate(test, env) else other, env)
        case ["if", *args]:
            raise LispError(f"if takes 3 arguments, got {len(args)}")
        case ["define", str(name), expr]:
            env[name] = evaluate(expr, env)
            return None
        case ["lambda", [*params], body]:
            return ("closure", params, body, env)
        case ["let", [[str(n), e], *more], body]:
            inner = dict(env)
            inner[n] = evaluate(e, env)
            return evaluate(["let", more, body], inner) if more else evaluate(body, inner)
        case [op, *args]:
            f = evaluate(op, env)
            vals = [evaluate(a, env) for a in args]
            match f:
                case ("closure", params, body, cenv) if len(params) == len(vals):
                    return evaluate(body, {**cenv, **dict(zip(params, vals))})
                case ("closure", params, *_):
                    raise LispError(f"expected {len(params)} args, got {len(vals)}")
                case _ if callable(f):
                    return f(*vals)
                case _:
                    raise LispError(f"not callable: {f!r}")
        case []:
            raise LispError("empty application")


def base_env():
    return {"+": lambda *a: sum(a), "-": lambda a, b: a - b, "*": lambda a, b: a * b,
            "<": lambda a, b: a < b, "=": lambda a, b: a == b, "list": lambda *a: list(a)}


env = base_env()
programs = [
    "(+ 1 2 3)",
    "(define sq (lambda (x) (* x x)))",
    "(sq 12)",
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
    "(fact 10)",
    "(let ((a 2) (b 3)) (list a b (+ a b)))",
    "(quote (1 2 three))",
    "(if 1 2)",
    "(undefined 1)",
    "(sq 1 2)",
    "(1 2)",
    "()",
    "(+ 1",
    ")",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(fib 15)",
]
for src in programs:
    try:
        result = evaluate(read(tokenize(src)), env)
        print(f"{src} => {result!r}")
    except LispError as e:
        print(f"{src} !! {type(e).__name__}: {e}")
