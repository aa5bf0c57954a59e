# The TypeErrors native methods raise for a wrong count of arguments,
# in each of CPython's wordings (METH_NOARGS, METH_O, Argument Clinic's
# positional checks, PyArg_ParseTuple), and search bounds.
calls = [
    "'a'.format_map()", "'a'.join()", "'a'.zfill(1, 2)", "'a'.partition()",
    "'a'.replace('a')", "'a'.replace(1, 2, 3, 4)", "'a'.center()", "'a'.center(1, 2, 3)",
    "'a'.find()", "'a'.find(1, 2, 3, 4)", "'a'.encode(1, 2, 3)", "'a'.upper(1)",
    "'a'.isdigit(1)", "'a'.removeprefix()", "'a'.translate()", "'a'.expandtabs(1, 2)",
    "'a'.split(1, 2, 3)", "'a'.splitlines(1, 2)", "'a'.strip(1, 2)",
    "'abc'.find('a', 'x')", "'abc'.find('c', -10**30, 10**30)", "'abc'.count('', 10**30)",
    "'abc'.startswith('b', 1, None)",
    "set().add()", "set().pop(1)", "set().copy(1)", "frozenset().copy(1)", "set().clear(1)",
    "set(1, 2)", "set().discard()", "set().remove(1, 2)",
    "{}.copy(1)", "{}.clear(1)", "{}.keys(1)", "{}.popitem(1)", "{}.get()", "{}.pop()",
    "{}.setdefault()", "{}.update(1, 2)", "dict.fromkeys()", "dict.fromkeys(1, 2, 3)",
    "[].append()", "[].extend(1, 2)", "[].insert(1)", "[].pop(1, 2)", "[].remove()",
    "[].index()", "[].count()", "[].reverse(1)", "[].copy(1)", "[].clear(1)", "().count()",
    "b'a'.find()", "b'a'.join()", "bytearray().join()", "b'a'.partition()", "b'a'.removeprefix()",
    "bytes.fromhex()", "bytearray.fromhex()", "b'a'.hex(1, 2, 3)", "b'abc'.find(b'a', 'x')",
    "b'abc'.find(b'c', -10**30, 10**30)", "b'a'.upper(1)", "bytearray().isdigit(1)",
    "b'a'.zfill()", "b'a'.split(1, 2, 3)", "b'a'.strip(1, 2)", "b'a'.decode(1, 2, 3)",
    "b'a'.center()", "bytearray().clear(1)", "bytearray().append()", "bytearray().__imul__()",
    "memoryview(b'a').tolist(1)", "memoryview(b'a').tobytes(1, 2)", "memoryview(b'a').release(1)",
    "(1).bit_length(1)", "(1.0).is_integer(1)", "(1j).conjugate(1)", "float.fromhex()",
    "range(3).index()", "(x for x in []).send()", "(x for x in []).close(1)",
    "(x for x in []).throw()", "(x for x in []).throw(1, 2, 3, 4)",
    "ValueError().with_traceback()", "ValueError().add_note()", "ValueError().add_note(1, 2)",
]
for call in calls:
    try:
        print(call, "->", repr(eval(call)))
    except TypeError as error:
        print(call, "!!", error)
