# A NameError inside an expression spanning lines.
x = 5
result = (x
          + undefined_var
          + 3)
