# pyvm-ast: mode=eval
x + 1
