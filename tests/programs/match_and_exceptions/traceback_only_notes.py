# traceback.format_exception_only includes __notes__ after the message
# line (format_exception and print_exc already do in pyvm).
import traceback

e = ValueError("v")
e.add_note("a note")
e.add_note("two\nlines")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(type(e), e))
odd = RuntimeError("odd notes")
odd.__notes__ = ["ok", 42]
print(traceback.format_exception_only(odd))
group = ExceptionGroup("grp", [ValueError(1)])
group.add_note("group note")
print(traceback.format_exception_only(group))
