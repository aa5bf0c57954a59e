# raise ... from ...: "The above exception was the direct cause".
def parse(text):
    try:
        return int(text)
    except ValueError as error:
        raise RuntimeError("could not parse configuration") from error

print(parse("12"))
print(parse("twelve"))
