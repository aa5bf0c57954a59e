# traceback.format_exception's pieces: one per frame, the source line
# (even one that starts with "File") under its frame's line; a message's
# __str__ runs once for format_exception_only.
import traceback


class Loud(Exception):
    calls = 0

    def __str__(self):
        Loud.calls += 1
        return "loud"


def opener():
    File = None.open
    return File


try:
    opener()
except AttributeError as e:
    pieces = traceback.format_exception(e)
    print(len(pieces))
    for piece in pieces:
        print(repr(piece.replace(__file__, "<file>")))

e = Loud()
e.add_note("first note\nsecond line")
print(traceback.format_exception_only(e))
print("str calls", Loud.calls)
