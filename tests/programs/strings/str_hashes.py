for s in ["", "a", "ab", "abcdefgh", "abcdefghi", "hello world, this is a longer string!", "é", "héllo", "日本", "😀x", "a" * 100]:
    print(repr(s), hash(s))
print(sorted({"alpha", "beta", "gamma", "delta", "x", "yy"}))
print({"alpha", "beta", "gamma", "delta", "x", "yy"})
