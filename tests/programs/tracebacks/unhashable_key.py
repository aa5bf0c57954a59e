# TypeError from using a list as a dict key in a nested function.
def index_by(rows, field):
    out = {}
    for row in rows:
        out[row[field]] = row
    return out
print(index_by([{"tags": ["a"]}], "tags"))
