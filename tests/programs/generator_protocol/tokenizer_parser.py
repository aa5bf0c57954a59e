# A generator-based tokenizer feeding a recursive-descent expression parser.
class ParseError(Exception):
    pass

def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            literal = text[start:i]
            yield ("NUM", float(literal) if "." in literal else int(literal))
        elif ch.isalpha():
            start = i
            while i < len(text) and text[i].isalnum():
                i += 1
            yield ("NAME", text[start:i])
        elif ch in "+-*/()^,":
            yield ("OP", ch)
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
    yield ("END", None)

class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.env = env
        self.current = next(tokens)

    def advance(self):
        tok = self.current
        if tok[0] != "END":
            self.current = next(self.tokens)
        return tok

    def expect(self, kind, value=None):
        tok = self.advance()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        return tok

    def expr(self):
        value = self.term()
        while self.current in (("OP", "+"), ("OP", "-")):
            op = self.advance()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.power()
        while self.current in (("OP", "*"), ("OP", "/")):
            op = self.advance()[1]
            rhs = self.power()
            value = value * rhs if op == "*" else value / rhs
        return value

    def power(self):
        base = self.unary()
        if self.current == ("OP", "^"):
            self.advance()
            return base ** self.power()
        return base

    def unary(self):
        if self.current == ("OP", "-"):
            self.advance()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, value = self.current
        if kind == "NUM":
            self.advance()
            return value
        if kind == "NAME":
            self.advance()
            if self.current == ("OP", "("):
                self.advance()
                args = [self.expr()]
                while self.current == ("OP", ","):
                    self.advance()
                    args.append(self.expr())
                self.expect("OP", ")")
                return self.env[value](*args)
            return self.env[value]
        if self.current == ("OP", "("):
            self.advance()
            value = self.expr()
            self.expect("OP", ")")
            return value
        raise ParseError(f"unexpected token {value!r}")

def evaluate(text, env):
    tokens = tokenize(text)
    parser = Parser(tokens, env)
    value = parser.expr()
    parser.expect("END")
    return value

print(list(tokenize("x1 + 2.5*(y - 3)")))
env = {"x": 4, "y": 10, "max": max, "min": min, "abs": abs}
for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x + y", "max(1, x, y) / 4", "abs(min(-3, 2)) - 1.5", "10 / 4"]:
    print(f"{text!r} = {evaluate(text, env)!r}")

for bad in ["1 +", "(1 + 2", "3 $ 4", "1 2"]:
    try:
        evaluate(bad, env)
    except ParseError as e:
        print(f"{bad!r} -> ParseError: {e}")
try:
    evaluate("z + 1", env)
except KeyError as e:
    print("unknown name:", e)

# the tokenizer is lazy: an error late in the input appears only when reached
toks = tokenize("1 + 2 ? 3")
print(next(toks), next(toks), next(toks))
try:
    next(toks)
except ParseError as e:
    print("late error:", e)
print(next(toks, "tokenizer finished"))
