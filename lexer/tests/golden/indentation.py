# Blocks, blank lines, comments and continuation lines.
if x:
    a = 1

    # a comment at another indentation
        # and another
    if y:
	b = 2  # a tab, counted to column 8
    c = [1,
  2,
            3]
    d = 1 + \
        2
else:
    pass
def f():
    return \
  0
class C:
  x = 1
  def g(self):
      pass
z = 3
