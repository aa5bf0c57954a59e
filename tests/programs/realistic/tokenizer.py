KEYWORDS = {"let", "if", "else", "print"}
def tokenize(source):
    tokens, i = [], 0
    while i < len(source):
        c = source[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(source) and (source[j].isdigit() or source[j] == "."):
                j += 1
            text = source[i:j]
            tokens.append(("NUMBER", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(source) and (source[j].isalnum() or source[j] == "_"):
                j += 1
            word = source[i:j]
            tokens.append(("KEYWORD" if word in KEYWORDS else "NAME", word))
            i = j
        elif c == '"':
            j = source.index('"', i + 1)
            tokens.append(("STRING", source[i + 1:j]))
            i = j + 1
        elif source.startswith(("==", "!=", "<=", ">="), i):
            tokens.append(("OP", source[i:i + 2]))
            i += 2
        elif c in "+-*/=<>(){};":
            tokens.append(("OP", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    return tokens
src = 'let x = 42; let y = 3.5; if (x >= 10) { print "big" } else { print x * y }'
for kind, value in tokenize(src):
    print(f"{kind:8} {value!r}")
counts = {}
for kind, _ in tokenize(src):
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
for bad in ["let a = 1 @ 2", 'print "open']:
    try:
        tokenize(bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
