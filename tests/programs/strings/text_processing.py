text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
Foxes are quick, dogs are lazy?  Maybe."""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = [w.strip(".,;!?").lower() for w in text.split()]
print(words[:8], len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"))
print(text.replace("fox", "cat", 2).splitlines()[1])
print(" ".join(w.capitalize() for w in lines[0].split()))
print("|".join(l.center(45) for l in lines[:1]))
sentence = "  lots   of   space  "
print(sentence.split(), sentence.split(" "), sentence.strip().split(" ", 2), sentence.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), ",".join(["x"]))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "none".partition("="))
print("hello"[1:4], "hello"[::-1], "hello"[-3:], "hello"[10:], "hello"[::2])
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "abc".startswith("b", 1, 2))
print("Mississippi".replace("ss", "SS"), "Mississippi".index("ss", 3), "Mississippi".count("i", 2, 8))
table = str.maketrans("aeiou", "AEIOU", "y")
print("yummy vowels".translate(table))
print("%-10s|%s" % ("abc", "de"), "abc".zfill(6), "-42".zfill(6), "+7".zfill(4))
print("tItLe cAsE".title(), "snake_case_name".replace("_", " ").title().replace(" ", ""))
print("CamelCaseString".swapcase(), "x".join("abc"), "".join(reversed("stressed")))
acr = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acr, "racecar" == "racecar"[::-1], sorted("hello"), min("hello"), max("hello"))
