# pyvm-ast: mode=func_type
(int, *str) -> bool
