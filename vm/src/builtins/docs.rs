//! The docstrings of the built-in functions and of the native modules'
//! functions (`len.__doc__`, `math.sqrt.__doc__`), CPython 3.11's text.

/// `builtins`' functions, sorted by name.
const BUILTINS: &[(&str, &str)] = &[
    (
        "__build_class__",
        r#"__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class

Internal helper function used by the class statement."#,
    ),
    (
        "__import__",
        r#"Import a module.

Because this function is meant for use by the Python
interpreter and not for general use, it is better to use
importlib.import_module() to programmatically import a module.

The globals argument is only used to determine the context;
they are not modified.  The locals argument is unused.  The fromlist
should be a list of names to emulate ``from name import ...``, or an
empty list to emulate ``import name``.
When importing a module from a package, note that __import__("A.B", ...)
returns package A when fromlist is empty, but its submodule B when
fromlist is not empty.  The level argument is used to determine whether to
perform absolute or relative imports: 0 is absolute, while a positive number
is the number of parent directories to search relative to the current module."#,
    ),
    ("abs", r#"Return the absolute value of the argument."#),
    (
        "all",
        r#"Return True if bool(x) is True for all values x in the iterable.

If the iterable is empty, return True."#,
    ),
    (
        "any",
        r#"Return True if bool(x) is True for any x in the iterable.

If the iterable is empty, return False."#,
    ),
    (
        "ascii",
        r#"Return an ASCII-only representation of an object.

As repr(), return a string containing a printable representation of an
object, but escape the non-ASCII characters in the string returned by
repr() using \\x, \\u or \\U escapes. This generates a string similar
to that returned by repr() in Python 2."#,
    ),
    (
        "bin",
        r#"Return the binary representation of an integer.

   >>> bin(2796202)
   '0b1010101010101010101010'"#,
    ),
    (
        "callable",
        r#"Return whether the object is callable (i.e., some kind of function).

Note that classes are callable, as are instances of classes with a
__call__() method."#,
    ),
    (
        "chr",
        r#"Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."#,
    ),
    (
        "compile",
        r#"Compile source into a code object that can be executed by exec() or eval().

The source code may represent a Python module, statement or expression.
The filename will be used for run-time error messages.
The mode must be 'exec' to compile a module, 'single' to compile a
single (interactive) statement, or 'eval' to compile an expression.
The flags argument, if present, controls which future statements influence
the compilation of the code.
The dont_inherit argument, if true, stops the compilation inheriting
the effects of any future statements in effect in the code calling
compile; if absent or false these statements do influence the compilation,
in addition to any features explicitly specified."#,
    ),
    (
        "delattr",
        r#"Deletes the named attribute from the given object.

delattr(x, 'y') is equivalent to ``del x.y``"#,
    ),
    (
        "dir",
        r#"dir([object]) -> list of strings

If called without an argument, return the names in the current scope.
Else, return an alphabetized list of names comprising (some of) the attributes
of the given object, and of attributes reachable from it.
If the object supplies a method named __dir__, it will be used; otherwise
the default dir() logic is used and returns:
  for a module object: the module's attributes.
  for a class object:  its attributes, and recursively the attributes
    of its bases.
  for any other object: its attributes, its class's attributes, and
    recursively the attributes of its class's base classes."#,
    ),
    (
        "divmod",
        r#"Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."#,
    ),
    (
        "eval",
        r#"Evaluate the given source in the context of globals and locals.

The source may be a string representing a Python expression
or a code object as returned by compile().
The globals must be a dictionary and locals can be any mapping,
defaulting to the current globals and locals.
If only globals is given, locals defaults to it."#,
    ),
    (
        "exec",
        r#"Execute the given source in the context of globals and locals.

The source may be a string representing one or more Python statements
or a code object as returned by compile().
The globals must be a dictionary and locals can be any mapping,
defaulting to the current globals and locals.
If only globals is given, locals defaults to it.
The closure must be a tuple of cellvars, and can only be used
when source is a code object requiring exactly that many cellvars."#,
    ),
    (
        "format",
        r#"Return value.__format__(format_spec)

format_spec defaults to the empty string.
See the Format Specification Mini-Language section of help("FORMATTING') for
details."#,
    ),
    (
        "getattr",
        r#"getattr(object, name[, default]) -> value

Get a named attribute from an object; getattr(x, 'y') is equivalent to x.y.
When a default argument is given, it is returned when the attribute doesn't
exist; without it, an exception is raised in that case."#,
    ),
    (
        "globals",
        r#"Return the dictionary containing the current scope's global variables.

NOTE: Updates to this dictionary *will* affect name lookups in the current
global scope and vice-versa."#,
    ),
    (
        "hasattr",
        r#"Return whether the object has an attribute with the given name.

This is done by calling getattr(obj, name) and catching AttributeError."#,
    ),
    (
        "hash",
        r#"Return the hash value for the given object.

Two objects that compare equal must also have the same hash value, but the
reverse is not necessarily true."#,
    ),
    (
        "hex",
        r#"Return the hexadecimal representation of an integer.

   >>> hex(12648430)
   '0xc0ffee'"#,
    ),
    (
        "id",
        r#"Return the identity of an object.

This is guaranteed to be unique among simultaneously existing objects.
(CPython uses the object's memory address.)"#,
    ),
    (
        "input",
        r#"Read a string from standard input.  The trailing newline is stripped.

The prompt string, if given, is printed to standard output without a
trailing newline before reading input.

If the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.
On *nix systems, readline is used if available."#,
    ),
    (
        "isinstance",
        r#"Return whether an object is an instance of a class or of a subclass thereof.

A tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to
check against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)
or ...`` etc."#,
    ),
    (
        "issubclass",
        r#"Return whether 'cls' is derived from another class or is the same class.

A tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to
check against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)
or ...``."#,
    ),
    (
        "iter",
        r#"iter(iterable) -> iterator
iter(callable, sentinel) -> iterator

Get an iterator from an object.  In the first form, the argument must
supply its own iterator, or be a sequence.
In the second form, the callable is called until it returns the sentinel."#,
    ),
    ("len", r#"Return the number of items in a container."#),
    (
        "locals",
        r#"Return a dictionary containing the current scope's local variables.

NOTE: Whether or not updates to this dictionary will affect name lookups in
the local scope and vice-versa is *implementation dependent* and not
covered by any backwards compatibility guarantees."#,
    ),
    (
        "max",
        r#"max(iterable, *[, default=obj, key=func]) -> value
max(arg1, arg2, *args, *[, key=func]) -> value

With a single iterable argument, return its biggest item. The
default keyword-only argument specifies an object to return if
the provided iterable is empty.
With two or more arguments, return the largest argument."#,
    ),
    (
        "min",
        r#"min(iterable, *[, default=obj, key=func]) -> value
min(arg1, arg2, *args, *[, key=func]) -> value

With a single iterable argument, return its smallest item. The
default keyword-only argument specifies an object to return if
the provided iterable is empty.
With two or more arguments, return the smallest argument."#,
    ),
    (
        "next",
        r#"next(iterator[, default])

Return the next item from the iterator. If default is given and the iterator
is exhausted, it is returned instead of raising StopIteration."#,
    ),
    (
        "oct",
        r#"Return the octal representation of an integer.

   >>> oct(342391)
   '0o1234567'"#,
    ),
    (
        "ord",
        r#"Return the Unicode code point for a one-character string."#,
    ),
    (
        "pow",
        r#"Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments

Some types, such as ints, are able to use a more efficient algorithm when
invoked using the three argument form."#,
    ),
    (
        "print",
        r#"Prints the values to a stream, or to sys.stdout by default.

  sep
    string inserted between values, default a space.
  end
    string appended after the last value, default a newline.
  file
    a file-like object (stream); defaults to the current sys.stdout.
  flush
    whether to forcibly flush the stream."#,
    ),
    (
        "repr",
        r#"Return the canonical string representation of the object.

For many object types, including most builtins, eval(repr(obj)) == obj."#,
    ),
    (
        "round",
        r#"Round a number to a given precision in decimal digits.

The return value is an integer if ndigits is omitted or None.  Otherwise
the return value has the same type as the number.  ndigits may be negative."#,
    ),
    (
        "setattr",
        r#"Sets the named attribute on the given object to the specified value.

setattr(x, 'y", v) is equivalent to ``x.y = v``"#,
    ),
    (
        "sorted",
        r#"Return a new list containing all items from the iterable in ascending order.

A custom key function can be supplied to customize the sort order, and the
reverse flag can be set to request the result in descending order."#,
    ),
    (
        "sum",
        r#"Return the sum of a 'start' value (default: 0) plus an iterable of numbers

When the iterable is empty, return the start value.
This function is intended specifically for use with numeric values and may
reject non-numeric types."#,
    ),
    (
        "vars",
        r#"vars([object]) -> dictionary

Without arguments, equivalent to locals().
With an argument, equivalent to object.__dict__."#,
    ),
];

/// `math`'s functions, sorted by name.
const MATH: &[(&str, &str)] = &[
    (
        "acos",
        r#"Return the arc cosine (measured in radians) of x.

The result is between 0 and pi."#,
    ),
    ("acosh", r#"Return the inverse hyperbolic cosine of x."#),
    (
        "asin",
        r#"Return the arc sine (measured in radians) of x.

The result is between -pi/2 and pi/2."#,
    ),
    ("asinh", r#"Return the inverse hyperbolic sine of x."#),
    (
        "atan",
        r#"Return the arc tangent (measured in radians) of x.

The result is between -pi/2 and pi/2."#,
    ),
    (
        "atan2",
        r#"Return the arc tangent (measured in radians) of y/x.

Unlike atan(y/x), the signs of both x and y are considered."#,
    ),
    ("atanh", r#"Return the inverse hyperbolic tangent of x."#),
    ("cbrt", r#"Return the cube root of x."#),
    (
        "ceil",
        r#"Return the ceiling of x as an Integral.

This is the smallest integer >= x."#,
    ),
    (
        "comb",
        r#"Number of ways to choose k items from n items without repetition and without order.

Evaluates to n! / (k! * (n - k)!) when k <= n and evaluates
to zero when k > n.

Also called the binomial coefficient because it is equivalent
to the coefficient of k-th term in polynomial expansion of the
expression (1 + x)**n.

Raises TypeError if either of the arguments are not integers.
Raises ValueError if either of the arguments are negative."#,
    ),
    (
        "copysign",
        r#"Return a float with the magnitude (absolute value) of x but the sign of y.

On platforms that support signed zeros, copysign(1.0, -0.0)
returns -1.0.
"#,
    ),
    ("cos", r#"Return the cosine of x (measured in radians)."#),
    ("cosh", r#"Return the hyperbolic cosine of x."#),
    ("degrees", r#"Convert angle x from radians to degrees."#),
    (
        "dist",
        r#"Return the Euclidean distance between two points p and q.

The points should be specified as sequences (or iterables) of
coordinates.  Both inputs must have the same dimension.

Roughly equivalent to:
    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))"#,
    ),
    ("erf", r#"Error function at x."#),
    ("erfc", r#"Complementary error function at x."#),
    ("exp", r#"Return e raised to the power of x."#),
    ("exp2", r#"Return 2 raised to the power of x."#),
    (
        "expm1",
        r#"Return exp(x)-1.

This function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x."#,
    ),
    ("fabs", r#"Return the absolute value of the float x."#),
    (
        "factorial",
        r#"Find n!.

Raise a ValueError if x is negative or non-integral."#,
    ),
    (
        "floor",
        r#"Return the floor of x as an Integral.

This is the largest integer <= x."#,
    ),
    (
        "fmod",
        r#"Return fmod(x, y), according to platform C.

x % y may differ."#,
    ),
    (
        "frexp",
        r#"Return the mantissa and exponent of x, as pair (m, e).

m is a float and e is an int, such that x = m * 2.**e.
If x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0."#,
    ),
    (
        "fsum",
        r#"Return an accurate floating point sum of values in the iterable seq.

Assumes IEEE-754 floating point arithmetic."#,
    ),
    ("gamma", r#"Gamma function at x."#),
    ("gcd", r#"Greatest Common Divisor."#),
    (
        "hypot",
        r#"hypot(*coordinates) -> value

Multidimensional Euclidean distance from the origin to a point.

Roughly equivalent to:
    sqrt(sum(x**2 for x in coordinates))

For a two dimensional point (x, y), gives the hypotenuse
using the Pythagorean theorem:  sqrt(x*x + y*y).

For example, the hypotenuse of a 3/4/5 right triangle is:

    >>> hypot(3.0, 4.0)
    5.0
"#,
    ),
    (
        "isclose",
        r#"Determine whether two floating point numbers are close in value.

  rel_tol
    maximum difference for being considered "close", relative to the
    magnitude of the input values
  abs_tol
    maximum difference for being considered "close", regardless of the
    magnitude of the input values

Return True if a is close in value to b, and False otherwise.

For the values to be considered close, the difference between them
must be smaller than at least one of the tolerances.

-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That
is, NaN is not close to anything, even itself.  inf and -inf are
only close to themselves."#,
    ),
    (
        "isfinite",
        r#"Return True if x is neither an infinity nor a NaN, and False otherwise."#,
    ),
    (
        "isinf",
        r#"Return True if x is a positive or negative infinity, and False otherwise."#,
    ),
    (
        "isnan",
        r#"Return True if x is a NaN (not a number), and False otherwise."#,
    ),
    (
        "isqrt",
        r#"Return the integer part of the square root of the input."#,
    ),
    ("lcm", r#"Least Common Multiple."#),
    (
        "ldexp",
        r#"Return x * (2**i).

This is essentially the inverse of frexp()."#,
    ),
    (
        "lgamma",
        r#"Natural logarithm of absolute value of Gamma function at x."#,
    ),
    (
        "log",
        r#"log(x, [base=math.e])
Return the logarithm of x to the given base.

If the base not specified, returns the natural logarithm (base e) of x."#,
    ),
    ("log10", r#"Return the base 10 logarithm of x."#),
    (
        "log1p",
        r#"Return the natural logarithm of 1+x (base e).

The result is computed in a way which is accurate for x near zero."#,
    ),
    ("log2", r#"Return the base 2 logarithm of x."#),
    (
        "modf",
        r#"Return the fractional and integer parts of x.

Both results carry the sign of x and are floats."#,
    ),
    (
        "nextafter",
        r#"Return the next floating-point value after x towards y."#,
    ),
    (
        "perm",
        r#"Number of ways to choose k items from n items without repetition and with order.

Evaluates to n! / (n - k)! when k <= n and evaluates
to zero when k > n.

If k is not specified or is None, then k defaults to n
and the function returns n!.

Raises TypeError if either of the arguments are not integers.
Raises ValueError if either of the arguments are negative."#,
    ),
    ("pow", r#"Return x**y (x to the power of y)."#),
    (
        "prod",
        r#"Calculate the product of all the elements in the input iterable.

The default start value for the product is 1.

When the iterable is empty, return the start value.  This function is
intended specifically for use with numeric values and may reject
non-numeric types."#,
    ),
    ("radians", r#"Convert angle x from degrees to radians."#),
    (
        "remainder",
        r#"Difference between x and the closest integer multiple of y.

Return x - n*y where n*y is the closest integer multiple of y.
In the case where x is exactly halfway between two multiples of
y, the nearest even value of n is used. The result is always exact."#,
    ),
    ("sin", r#"Return the sine of x (measured in radians)."#),
    ("sinh", r#"Return the hyperbolic sine of x."#),
    ("sqrt", r#"Return the square root of x."#),
    ("tan", r#"Return the tangent of x (measured in radians)."#),
    ("tanh", r#"Return the hyperbolic tangent of x."#),
    (
        "trunc",
        r#"Truncates the Real x to the nearest Integral toward 0.

Uses the __trunc__ magic method."#,
    ),
    (
        "ulp",
        r#"Return the value of the least significant bit of the float x."#,
    ),
];

/// The docstring of the function `name` of the module `module`, if pyvm
/// carries it.
pub(crate) fn function_doc(module: &str, name: &str) -> Option<&'static str> {
    let table = match module {
        "builtins" => BUILTINS,
        "math" => MATH,
        _ => return None,
    };
    table
        .binary_search_by(|(entry, _)| (*entry).cmp(name))
        .ok()
        .map(|index| table[index].1)
}
