# ImportError's msg, name and path, from the constructor, a subclass and the
# import system.
for make in [lambda: ImportError('m', name='n'), lambda: ImportError('m', path='p'), lambda: ImportError(),
             lambda: ImportError('a', 'b'), lambda: ModuleNotFoundError('x', name='x'), lambda: ImportError(5)]:
    e = make()
    print(repr(e), repr(e.msg), repr(e.name), repr(e.path), e.args)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, repr(e.msg), repr(e.name), repr(e.path))
class MyImportError(ImportError):
    pass
e = MyImportError('custom', name='q')
print(repr(e.msg), e.name)
try:
    ImportError('m', bogus=1)
except TypeError as error:
    print(error)
