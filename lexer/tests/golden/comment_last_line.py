x = 1
# only a comment