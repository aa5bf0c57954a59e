# Carets under an attribute call in a chained expression.
text = None
words = "a b c".split()
print(len(words))
print(text.upper().split())
