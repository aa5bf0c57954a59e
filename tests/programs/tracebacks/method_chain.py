# A traceback through methods, a property and a lambda.
class Repo:
    def __init__(self, items):
        self.items = items

    @property
    def first(self):
        return self.items[0]

    def process(self):
        return sorted(self.items, key=lambda item: item["rank"])

repo = Repo([{"rank": 2}, {"name": "no rank"}])
print(repo.first)
repo.process()
