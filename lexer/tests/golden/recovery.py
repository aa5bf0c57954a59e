a = $b
c = ?d
e = `f`
g ! h
i = 1 <> 2
j = 'unterminated
k = b"also unterminated
l = € + 1
m = \ n
