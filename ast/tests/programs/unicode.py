café = "naïve ☃"
print(café, '\ud800')
