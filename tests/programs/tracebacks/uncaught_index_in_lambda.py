get_third = lambda seq: seq[2]
print(get_third("abc"))
print(list(map(get_third, ["xyz", "ab"])))
