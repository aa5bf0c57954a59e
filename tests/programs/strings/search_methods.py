# find/index/count/startswith/endswith/in with ranges.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o", 0, 20))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), s.count("o", 15, 30))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"))
print(s.endswith("lazy", 0, -4), s.endswith(("cat", "dog")), "fox" in s, "cat" not in s, "" in s)
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abc".find("", 5), "abc".find("", 3))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
try:
    1 in s
except TypeError as e:
    print("TypeError:", e)
