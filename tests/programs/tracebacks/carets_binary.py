# The ~~~^~~~ line under a binary operation inside a larger expression.
items = [1, 2, 3]
count = 0
average = sum(items) + 10 / count
