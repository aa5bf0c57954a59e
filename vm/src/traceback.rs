//! Printing an uncaught exception as CPython 3.11 does
//! (`PyErr_Display`): the chain of causes and contexts, each traceback
//! entry with its source line and the `~~^~~` markers under the failing
//! expression.

use pyvm_ast::{Expr, Mod, Stmt};
use pyvm_bytecode::Location;

use crate::interp::run::code_of;
use crate::object::Payload;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The most members of an exception group printed, as CPython's
/// `max_group_width`.
const MAX_GROUP_WIDTH: usize = 15;

/// The deepest nested exception group printed, as CPython's
/// `max_group_depth`.
const MAX_GROUP_DEPTH: usize = 10;

/// One traceback entry to print.
pub(crate) struct Entry {
    pub filename: String,
    pub name: String,
    pub location: Location,
}

/// How much of an exception to format: the `limit` and `chain`
/// arguments of CPython's `traceback.format_exception`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FormatOptions {
    /// The first `limit` entries of each traceback (the last `-limit`
    /// when negative); all of them when `None`.
    pub limit: Option<i64>,
    /// Whether causes and contexts come first.
    pub chain: bool,
}

impl Default for FormatOptions {
    fn default() -> FormatOptions {
        FormatOptions {
            limit: None,
            chain: true,
        }
    }
}

impl Vm {
    /// The text CPython prints for an uncaught exception, chained causes
    /// and contexts first.
    pub fn format_exception(&mut self, exception: ObjRef) -> String {
        self.format_exception_with(exception, FormatOptions::default())
    }

    /// [`Vm::format_exception`] with `options`.
    pub(crate) fn format_exception_with(
        &mut self,
        exception: ObjRef,
        options: FormatOptions,
    ) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(exception, &mut out, &mut seen, options);
        out
    }

    fn format_chain(
        &mut self,
        exception: ObjRef,
        out: &mut String,
        seen: &mut Vec<ObjRef>,
        options: FormatOptions,
    ) {
        self.format_chain_before(exception, out, seen, options);
        self.format_one(exception, out, options);
    }

    /// The exceptions of the chain before `exception`: its cause or its
    /// context, each with what came before it, and the line joining them.
    fn format_chain_before(
        &mut self,
        exception: ObjRef,
        out: &mut String,
        seen: &mut Vec<ObjRef>,
        options: FormatOptions,
    ) {
        seen.push(exception);
        if !options.chain {
            return;
        }
        if let Some(data) = exception.as_exception() {
            let (cause, context) = (data.cause.get(), data.context.get());
            if let Some(cause) = cause.as_object().filter(|c| c.as_exception().is_some()) {
                if !seen.contains(&cause) {
                    self.format_chain(cause, out, seen, options);
                    out.push_str(
                        "\nThe above exception was the direct cause of the following exception:\n\n",
                    );
                }
            } else if let Some(context) = context.as_object().filter(|c| c.as_exception().is_some())
            {
                if !data.suppress_context.get() && !seen.contains(&context) {
                    self.format_chain(context, out, seen, options);
                    out.push_str(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                }
            }
        }
    }

    /// One exception: its traceback and its `Type: message` line; an
    /// exception group with its members in nested boxes.
    fn format_one(&mut self, exception: ObjRef, out: &mut String, options: FormatOptions) {
        if !self.is_exception_group(Value::Obj(exception)) {
            let header = "Traceback (most recent call last):\n";
            self.format_own(exception, out, header, options.limit);
            return;
        }
        for line in self.group_block(exception, 1, options) {
            out.push_str("  ");
            out.push_str(&line);
            out.push('\n');
        }
    }

    /// The lines of an exception group and its members, as CPython's
    /// `print_exception_group` draws them (before the indent of the
    /// group's depth): its own traceback and message behind `| ` (the
    /// first line behind `+ ` for the outermost group), then each member
    /// after a numbered rule, indented, and a closing rule after the last
    /// one unless that is a group, which closes itself.
    fn group_block(&mut self, group: ObjRef, depth: usize, options: FormatOptions) -> Vec<String> {
        let outermost = depth == 1;
        let mut own = String::new();
        self.format_own(
            group,
            &mut own,
            "Exception Group Traceback (most recent call last):\n",
            options.limit,
        );
        let mut lines: Vec<String> = own
            .lines()
            .enumerate()
            .map(|(i, line)| {
                let marker = if i == 0 && outermost && line.starts_with("Exception Group") {
                    "+ "
                } else {
                    "| "
                };
                format!("{marker}{line}")
            })
            .collect();
        let members: Vec<ObjRef> = match self.exception_group_attr(group, "exceptions") {
            Some(tuple) => tuple
                .object()
                .and_then(|t| t.as_tuple().map(<[Value]>::to_vec))
                .unwrap_or_default()
                .into_iter()
                .filter_map(|v| v.as_object())
                .collect(),
            None => Vec::new(),
        };
        for (i, &member) in members.iter().enumerate() {
            if i == MAX_GROUP_WIDTH {
                let more = members.len() - MAX_GROUP_WIDTH;
                let plural = if more == 1 { "" } else { "s" };
                lines.push("  +---------------- ... ----------------".to_owned());
                lines.push(format!("  | and {more} more exception{plural}"));
                lines.push("  +------------------------------------".to_owned());
                break;
            }
            let number = i + 1;
            lines.push(if i == 0 {
                format!("+-+---------------- {number} ----------------")
            } else {
                format!("  +---------------- {number} ----------------")
            });
            let nested = self.is_exception_group(Value::Obj(member));
            let too_deep = nested && depth + 1 > MAX_GROUP_DEPTH;
            let member_lines = if too_deep {
                vec![format!("| ... (max_group_depth is {MAX_GROUP_DEPTH})")]
            } else {
                self.member_block(member, depth + 1, options)
            };
            for line in member_lines {
                lines.push(format!("  {line}"));
            }
            if i + 1 == members.len() && (!nested || too_deep) {
                lines.push("  +------------------------------------".to_owned());
            }
        }
        lines
    }

    /// The lines of one member of an exception group: its chain and
    /// traceback behind `| `, or a nested group's block.
    fn member_block(
        &mut self,
        member: ObjRef,
        depth: usize,
        options: FormatOptions,
    ) -> Vec<String> {
        let mut before = String::new();
        self.format_chain_before(member, &mut before, &mut Vec::new(), options);
        let mut lines: Vec<String> = before.lines().map(|line| format!("| {line}")).collect();
        if self.is_exception_group(Value::Obj(member)) {
            lines.extend(self.group_block(member, depth, options));
        } else {
            let mut own = String::new();
            let header = "Traceback (most recent call last):\n";
            self.format_own(member, &mut own, header, options.limit);
            lines.extend(own.lines().map(|line| format!("| {line}")));
        }
        lines
    }

    /// An exception's traceback under `header` (`limit` entries of it, as
    /// [`FormatOptions::limit`] says), and its message and notes.
    fn format_own(
        &mut self,
        exception: ObjRef,
        out: &mut String,
        header: &str,
        limit: Option<i64>,
    ) {
        let traceback = exception
            .as_exception()
            .map_or(Value::None, |data| data.traceback.get());
        let entries = limited(traceback_entries(traceback), limit);
        if !entries.is_empty() {
            out.push_str(header);
            // Runs of the same line are cut after three entries, as
            // CPython's `tb_print_internal` does for deep recursion.
            let mut repeated = 0;
            for (i, entry) in entries.iter().enumerate() {
                let same = i > 0 && {
                    let previous = &entries[i - 1];
                    previous.filename == entry.filename
                        && previous.name == entry.name
                        && previous.location.line == entry.location.line
                        && entry.location.line.is_some()
                };
                if !same {
                    push_repeated(out, repeated);
                    repeated = 0;
                }
                repeated += 1;
                if repeated <= RECURSIVE_CUTOFF {
                    self.format_entry(entry, out);
                }
            }
            push_repeated(out, repeated);
        }
        out.push_str(&self.format_exception_only(exception));
    }

    /// What CPython's `format_exception_only` gives: the location of a
    /// `SyntaxError`, the `Type: message` line, then the notes.
    pub(crate) fn format_exception_only(&mut self, exception: ObjRef) -> String {
        self.format_exception_only_pieces(exception).concat()
    }

    /// [`Vm::format_exception_only`] in the pieces CPython's
    /// `traceback.format_exception_only` gives: each line of a
    /// `SyntaxError`'s location, the `Type: message` line (one piece
    /// however many lines the message has), then each line of the notes.
    pub(crate) fn format_exception_only_pieces(&mut self, exception: ObjRef) -> Vec<String> {
        let lines =
            |text: &str| -> Vec<String> { text.split_inclusive('\n').map(str::to_owned).collect() };
        let mut pieces = Vec::new();
        if self.is_exception(Value::Obj(exception), crate::ExceptionClass::SyntaxError) {
            let mut location = String::new();
            self.format_syntax_error_location(exception, &mut location);
            pieces.extend(lines(&location));
        }
        let mut line = self.exception_line(exception);
        if let Some(suggestion) = self.offer_suggestion(exception) {
            line.pop();
            line.push_str(&format!(". Did you mean: '{suggestion}'?\n"));
        }
        pieces.push(line);
        let mut notes = String::new();
        self.format_notes(exception, &mut notes);
        pieces.extend(lines(&notes));
        pieces
    }

    /// The notes `add_note` attached, one per line after the message.
    fn format_notes(&mut self, exception: ObjRef, out: &mut String) {
        let Some(dict) = exception.dict() else {
            return;
        };
        let key = self.intern("__notes__");
        let Some(notes) = self.dict_get_str(dict, key) else {
            return;
        };
        let items = match notes.payload() {
            Some(Payload::List(items)) => items.borrow().clone(),
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => {
                let text = self
                    .repr_string(notes)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".to_owned());
                out.push_str(&text);
                out.push('\n');
                return;
            }
        };
        for note in items {
            let text = self
                .str_string(note)
                .unwrap_or_else(|_| "<note str() failed>".to_owned());
            out.push_str(&text);
            out.push('\n');
        }
    }

    /// The `File "x.py", line N` block of a `SyntaxError`, with its text
    /// and carets (CPython's `print_exception_file_and_line` and
    /// `print_error_text`).
    fn format_syntax_error_location(&mut self, exception: ObjRef, out: &mut String) {
        let Some(dict) = exception.dict() else {
            return;
        };
        let attribute = |vm: &mut Vm, name: &str| {
            let key = vm.intern(name);
            vm.dict_get_str(dict, key).unwrap_or(Value::None)
        };
        let filename = attribute(self, "filename");
        let lineno = attribute(self, "lineno");
        let text = attribute(self, "text");
        let offset = attribute(self, "offset");
        let end_lineno = attribute(self, "end_lineno");
        let end_offset = attribute(self, "end_offset");
        let filename = match filename {
            Value::None => "<string>".to_owned(),
            other => self.str_text(other),
        };
        let Value::Int(lineno) = lineno else {
            return;
        };
        out.push_str(&format!("  File \"{filename}\", line {lineno}\n"));
        let Some(text) = text
            .object()
            .and_then(|t| t.as_str())
            .map(|t| t.as_str().to_owned())
        else {
            return;
        };
        let Value::Int(offset) = offset else {
            return;
        };
        let line = text.trim_end_matches('\n');
        let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
        let indent = (line.chars().count() - stripped.chars().count()) as i64;
        out.push_str("    ");
        out.push_str(stripped);
        out.push('\n');
        let start = (offset - 1 - indent).min(stripped.chars().count() as i64);
        if start < 0 {
            return;
        }
        let end = match (end_lineno, end_offset) {
            (Value::Int(end_line), Value::Int(end)) if end_line == lineno && end > offset => {
                (end - 1 - indent).min(stripped.chars().count() as i64)
            }
            (Value::Int(end_line), _) if end_line > lineno => stripped.chars().count() as i64,
            _ => start + 1,
        };
        let carets = (end - start).max(1);
        out.push_str("    ");
        out.push_str(&" ".repeat(start as usize));
        out.push_str(&"^".repeat(carets as usize));
        out.push('\n');
    }

    /// `ValueError: message` (`module.Class` outside builtins and
    /// `__main__`).
    pub(crate) fn exception_line(&mut self, exception: ObjRef) -> String {
        let class = exception.class();
        let qualname = class
            .as_type()
            .map_or_else(String::new, |data| data.qualname.borrow().clone());
        let name = match self.type_module(class) {
            Some(module) if module != "builtins" && module != "__main__" => {
                format!("{module}.{qualname}")
            }
            _ => qualname,
        };
        let is_syntax_error =
            self.is_exception(Value::Obj(exception), crate::ExceptionClass::SyntaxError);
        let msg = if is_syntax_error {
            let key = self.intern("msg");
            exception.dict().and_then(|d| self.dict_get_str(d, key))
        } else {
            None
        };
        let message = match self.to_str(msg.unwrap_or(Value::Obj(exception))) {
            Ok(text) => text
                .as_str()
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
            Err(_) => "<exception str() failed>".to_owned(),
        };
        if message.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {message}\n")
        }
    }

    fn format_entry(&mut self, entry: &Entry, out: &mut String) {
        let source = entry
            .location
            .line
            .and_then(|number| self.source_line(&entry.filename, number));
        format_entry(entry, source.as_deref(), out);
    }

    /// Line `number` (1-based) of a source file, as `linecache` finds it:
    /// only real files have lines (`<string>`, `<stdin>` have none).
    pub(crate) fn source_line(&mut self, filename: &str, number: u32) -> Option<String> {
        if filename.starts_with('<') && filename.ends_with('>') {
            return None;
        }
        let text = match self.sources.get(filename) {
            Some(text) => text.clone(),
            None => {
                let bytes = std::fs::read(filename).ok()?;
                let text = String::from_utf8_lossy(&bytes).into_owned();
                self.sources.insert(filename.to_owned(), text.clone());
                text
            }
        };
        text.lines()
            .nth((number as usize).checked_sub(1)?)
            .map(str::to_owned)
    }
}

/// The entries of a traceback (a chain of traceback objects), oldest first.
pub(crate) fn traceback_entries(traceback: Value) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut next = traceback;
    while let Some(Payload::Traceback(entry)) = next.payload() {
        let code = code_of(entry.code());
        let location = entry.location();
        entries.push(Entry {
            filename: code.code.filename.clone(),
            name: code.code.name.clone(),
            location,
        });
        next = entry.next.get();
    }
    entries
}

/// The first `limit` of `entries`, or the last `-limit` when it is
/// negative (CPython's `StackSummary.extract`).
pub(crate) fn limited<T>(mut entries: Vec<T>, limit: Option<i64>) -> Vec<T> {
    match limit {
        None => entries,
        Some(limit) if limit >= 0 => {
            entries.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
            entries
        }
        Some(limit) => {
            let keep = usize::try_from(limit.unsigned_abs()).unwrap_or(usize::MAX);
            let skip = entries.len().saturating_sub(keep);
            entries.split_off(skip)
        }
    }
}

/// One entry as CPython's `StackSummary.format_frame_summary` gives it:
/// its `File` line, then its source line (`source`, as in the file) with
/// the markers under the failing expression.
pub(crate) fn format_entry(entry: &Entry, source: Option<&str>, out: &mut String) {
    let line = entry.location.line.map_or(-1, i64::from);
    out.push_str(&format!(
        "  File \"{}\", line {line}, in {}\n",
        entry.filename, entry.name
    ));
    let Some(source) = source else {
        return;
    };
    let stripped = source.trim();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if let Some(carets) = carets(source, &entry.location) {
        out.push_str(&carets);
    }
}

/// How many entries of one line a traceback shows before it says how many
/// more there were (CPython's `TB_RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// The line saying how many entries of a run were left out, if any were.
fn push_repeated(out: &mut String, run: usize) {
    if run > RECURSIVE_CUTOFF {
        let more = run - RECURSIVE_CUTOFF;
        let plural = if more == 1 { "" } else { "s" };
        out.push_str(&format!(
            "  [Previous line repeated {more} more time{plural}]\n"
        ));
    }
}

/// The character offset of a UTF-8 byte offset in `line`.
fn char_offset(line: &str, byte: usize) -> usize {
    let byte = byte.min(line.len());
    let mut boundary = byte;
    while !line.is_char_boundary(boundary) {
        boundary -= 1;
    }
    line[..boundary].chars().count()
}

/// The marker line under a source line (`    ~~^~~`), or `None` when it
/// would mark the whole line.
fn carets(source: &str, location: &Location) -> Option<String> {
    let (line, end_line) = (location.line?, location.end_line?);
    let (col, end_col) = (location.col? as usize, location.end_col? as usize);
    let source = source.trim_end();
    let truncation = source.chars().take_while(|c| c.is_whitespace()).count();
    let stripped_len = source.chars().count() - truncation;
    let start = char_offset(source, col);
    let mut end = char_offset(source, end_col);
    let mut anchors = None;
    if line == end_line {
        if col <= end_col && end_col <= source.len() {
            anchors = segment_anchors(&source[col..end_col]).map(|(left, right)| {
                let segment = &source[col..end_col];
                (
                    start + char_offset(segment, left),
                    start + char_offset(segment, right),
                )
            });
        }
    } else {
        end = source.chars().count();
    }
    if end.saturating_sub(start) == stripped_len && anchors.is_none() {
        return None;
    }
    let mut out = String::from("    ");
    for position in truncation + 1..=end {
        out.push(if position <= start {
            ' '
        } else if anchors.is_some_and(|(left, right)| left < position && position <= right) {
            '^'
        } else if anchors.is_some() {
            '~'
        } else {
            '^'
        });
    }
    out.push('\n');
    Some(out)
}

/// The byte offsets in `segment` of a binary operator or a subscript's
/// brackets, which CPython marks with `^` among `~`.
fn segment_anchors(segment: &str) -> Option<(usize, usize)> {
    let Ok(Mod::Module(module)) = pyvm_parser::parse(segment, pyvm_parser::Mode::Exec) else {
        return None;
    };
    let [Stmt::Expr(statement)] = &module.body[..] else {
        return None;
    };
    let bytes = segment.as_bytes();
    let is_space = |b: u8| b.is_ascii_whitespace();
    match &*statement.value {
        Expr::BinOp(binary) => {
            let left_end = binary.left.span().end as usize;
            let right_start = binary.right.span().start as usize;
            let mut anchors = None;
            for i in left_end..right_start.min(bytes.len()) {
                if is_space(bytes[i]) {
                    continue;
                }
                let mut right = i + 1;
                if i + 1 < right_start && !is_space(bytes[i + 1]) {
                    right += 1;
                }
                anchors = Some((i, right));
                if i + 1 < right_start && bytes[i] == b')' {
                    continue;
                }
                break;
            }
            anchors
        }
        Expr::Subscript(subscript) => {
            let mut left = subscript.value.span().end as usize;
            let mut right = subscript.slice.span().end as usize + 1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}
