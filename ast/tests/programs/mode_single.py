# pyvm-ast: mode=single
if x: pass

