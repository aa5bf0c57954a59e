# The right operand of % is a mapping when it has __getitem__ and is not a
# tuple or str (nor bytes/bytearray for a bytes format).
class A: pass
class B:
    def __getitem__(s,k): return 1
for t in ["'x' % [1]","'x' % b'a'","'x' % range(2)","'x' % bytearray()","'x' % memoryview(b'')","'x' % A()","'x' % B()","'%(k)s' % B()","'x' % 'a'","'x' % 1","b'x' % b'a'","b'x' % 'a'","b'x' % [1]","b'x' % bytearray(b'a')","'x' % {1}","'x' % {}.keys()", "'%(a)s' % [1]", "'%(a)s' % {'a': 2}", "'x' % {'a': 2}", "'%s' % [1]", "'%s %s' % [1]"]:
  try: print(t, repr(eval(t)))
  except Exception as e: print(t, '!!', type(e).__name__, e)
