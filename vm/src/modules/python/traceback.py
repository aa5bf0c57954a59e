"""traceback for pyvm: exceptions and tracebacks formatted and printed as
CPython 3.11's module does. The formatting itself is native (`_traceback`,
the code that prints an uncaught exception); this module adds the objects
of CPython's API around it: `FrameSummary`, `StackSummary` and
`TracebackException`."""

import sys

from _traceback import (
    format_exc, format_exception, format_exception_only, print_exc, print_exception,
)
import _traceback

__all__ = [
    "clear_frames", "extract_stack", "extract_tb", "format_exc", "format_exception",
    "format_exception_only", "format_list", "format_stack", "format_tb",
    "print_exc", "print_exception", "print_list", "print_stack", "print_tb",
    "walk_stack", "walk_tb", "FrameSummary", "StackSummary", "TracebackException",
]

_RECURSIVE_CUTOFF = 3

_CAUSE_MESSAGE = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_CONTEXT_MESSAGE = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")


def print_list(extracted_list, file=None):
    """Prints a list of FrameSummary objects or tuples as a stack trace."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """The lines of a list of FrameSummary objects or tuples, one string
    (ending in a newline) per entry."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Prints up to limit entries of the traceback tb."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))"""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """The entries of the traceback tb as a StackSummary of FrameSummary
    objects (up to limit of them; the last -limit when it is negative)."""
    return _extract_tb(tb, limit)


def _extract_tb(tb, limit, capture_locals=False):
    """extract_tb, with each frame's local variables when capture_locals."""
    summary = StackSummary()
    for (filename, lineno, name, end_lineno, colno, end_colno,
         frame) in _traceback.entries(tb, limit):
        f_locals = frame.f_locals if capture_locals else None
        summary.append(FrameSummary(filename, lineno, name, locals=f_locals,
                                    end_lineno=end_lineno, colno=colno,
                                    end_colno=end_colno))
    return summary


def clear_frames(tb):
    """Clears the local variables of the frames of the traceback tb."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            # The frame is still running.
            pass
        tb = tb.tb_next


def walk_stack(f):
    """Yields (frame, lineno) for the frame f and each frame that called
    it, as CPython's does (from four frames up when f is None)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    """The stack from the frame f (the caller's by default) as a
    StackSummary, oldest frame first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))"""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Prints the stack from the frame f (the caller's by default)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def walk_tb(tb):
    """Yields (frame, lineno) for each entry of the traceback tb."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f"<{what} {func.__name__}() failed>"


class FrameSummary:
    """One entry of a stack trace: filename, lineno, name, line and the
    positions of the failing expression."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: _safe_string(v, "local", func=repr)
                       for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.source_line(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A StackSummary of the (frame, lineno) pairs of frame_gen (up to
        limit of them; the last -limit when it is negative)."""
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for f, lineno in frames:
            code = f.f_code
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=False, locals=f_locals))
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno,
        name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The lines of one entry: its File line, its source line and the
        markers under the failing expression."""
        row = _traceback.format_frame(
            frame_summary.filename, frame_summary.lineno, frame_summary.name,
            frame_summary._original_line if frame_summary.line else None,
            frame_summary.end_lineno, frame_summary.colno, frame_summary.end_colno)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += "    {name} = {value}\n".format(name=name, value=value)
        return row

    def format(self):
        """The lines of the entries, a run of one repeated entry cut after
        three of them."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


class TracebackException:
    """An exception ready for formatting: its type, its str, its stack
    (a StackSummary), its cause and context and, for a SyntaxError, where
    the error is."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._limit = limit
        self.stack = _extract_tb(exc_traceback, limit, capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        if exc_value is not None:
            options = dict(limit=limit, lookup_lines=lookup_lines,
                           capture_locals=capture_locals, _seen=_seen)
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, **options)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, **options)
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, limit=limit, _seen=_seen)
                for e in exc_value.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of exc."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yields the lines of the exception's message and notes (and, for
        a SyntaxError, of where it is)."""
        if self.exc_type is None:
            yield "None: " + self._str + "\n" if self._str else "None\n"
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        """Yields the lines of the exception with its traceback, its cause
        and context first when chain is true."""
        chained = self._chain() if chain else [(None, self)]
        with_locals = any(frame.locals for _, exc in chained for frame in exc.stack)
        if not with_locals or any(exc.exceptions is not None for _, exc in chained):
            yield from format_exception(self._exc, limit=self._limit, chain=chain)
            return
        # The local variables captured (capture_locals=True) go under
        # their frames, which the native formatting does not show.
        for message, exc in reversed(chained):
            if message is not None:
                yield message
            if exc.stack:
                yield "Traceback (most recent call last):\n"
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def _chain(self):
        """(message, TracebackException) pairs from this one back along its
        causes and contexts, as format() shows them (in reverse)."""
        chained = []
        exc = self
        while exc is not None:
            if exc.__cause__ is not None:
                message, following = _CAUSE_MESSAGE, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                message, following = _CONTEXT_MESSAGE, exc.__context__
            else:
                message = following = None
            chained.append((message, exc))
            exc = following
        return chained

    def print(self, *, file=None, chain=True):
        """Prints the exception as format() gives it."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
