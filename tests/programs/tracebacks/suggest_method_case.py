text = "hello"
print(text.Upper())
