def top():
    inner_top = 1

    def top():
        return inner_top

    return top


class Same:
    def Same(self):
        pass

    def dup(self):
        pass

    def dup(self, other):
        pass


dup_name = 1


def dup_name():
    pass


class dup_name:
    pass
