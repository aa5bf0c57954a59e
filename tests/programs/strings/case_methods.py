# Case conversion and classification methods.
words = ["hello", "WORLD", "Title Case", "mIxEd 42", "", "ß", "ǅ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ["abc", "ABC", "Abc", "123", "a1", " ", "", "Ab Cd", "½", "٣"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isupper(), w.islower(),
          w.isspace(), w.istitle(), w.isdecimal(), w.isnumeric(), w.isidentifier())
print("hello world".title(), "they're bill's".title(), "ascii".isascii(), "é".isascii())
print("ABC".isprintable(), "a\tb".isprintable())
