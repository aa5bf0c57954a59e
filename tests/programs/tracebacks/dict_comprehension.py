# An error inside a dict comprehension inside a method.
class Table:
    def __init__(self, rows):
        self.rows = rows
    def index(self):
        return {row["id"]: row for row in self.rows}
Table([{"id": 1}, {"name": "no id"}]).index()
