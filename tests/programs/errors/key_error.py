data = {"a": [1, 2]}
print(data["a"][1])
print(data["b"])
