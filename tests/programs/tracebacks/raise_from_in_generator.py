# raise ... from inside a generator consumed by list().
def convert(items):
    for item in items:
        try:
            yield int(item)
        except ValueError as e:
            raise TypeError(f"bad item {item!r}") from e
print(list(convert(["1", "x"])))
