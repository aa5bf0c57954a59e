# A tiny tokenizer and evaluator for arithmetic expressions.
import sys
TOKENS = []
def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j])))
            i = j
        elif c in "+-*/()":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)
    def take(self):
        token = self.peek()
        self.pos += 1
        return token
    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value
    def term(self):
        value = self.factor()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            value = value * self.factor() if op == "*" else value / self.factor()
        return value
    def factor(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if value == "(":
            result = self.expr()
            self.take()
            return result
        if value == "-":
            return -self.factor()
        raise SyntaxError(f"unexpected {value!r}")
for source in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-3 * -(2 + 1)", "2 * 3.5", "1 +", "4 $ 2"]:
    try:
        print(source, "=", Parser(tokenize(source)).expr())
    except SyntaxError as e:
        print(source, "->", type(e).__name__, e)
    except ZeroDivisionError as e:
        print(source, "->", e)
