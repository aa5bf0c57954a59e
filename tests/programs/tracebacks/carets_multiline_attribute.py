# A traceback entry for an attribute read, stored or deleted, or a method
# called, across lines points at the attribute's name on its last line,
# as CPython 3.11 does; on one line it covers the whole expression.
import traceback


class Node:
    __slots__ = ("value",)

    def __init__(self):
        self.value = 0

    def fail(self, *args, **kwargs):
        raise ValueError("failed with %d arguments" % (len(args) + len(kwargs)))

    @property
    def broken(self):
        return 1 / 0


node = Node()


def show(function):
    try:
        function()
    except Exception:
        traceback.print_exc()


def read_missing():
    return (node
            .missing)


def chained_read():
    return (node.value
            .real
            .nothing)


def method_across_lines():
    node.value = (node
                  .fail(1,
                        two=2))


def name_after_dot():
    return (node.
            fail())


def property_across_lines():
    return (node
            .broken)


def store_across_lines():
    (node
     .other) = 3


def delete_across_lines():
    del (node
         .value)
    del (node
         .value)


def augmented_across_lines():
    (node
     .missing_total) += 1


def one_line_call_across_lines():
    return node.fail(
        1,
        2,
    )


for function in (
    read_missing,
    chained_read,
    method_across_lines,
    name_after_dot,
    property_across_lines,
    store_across_lines,
    delete_across_lines,
    augmented_across_lines,
    one_line_call_across_lines,
):
    show(function)
print("done")
