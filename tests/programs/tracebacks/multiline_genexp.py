# An error in a generator expression spanning lines.
data = {"a": [1, 2]}
total = sum(
    item * 2
    for item in data["b"]
)
