# except* syntax errors: mixing except and except* in one try, and a bare
# except* without a type, are rejected at compile time.

sources = {
    "mixed": "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "mixed star first": "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "bare": "try:\n    pass\nexcept*:\n    pass\n",
    "bare after typed": "try:\n    pass\nexcept* ValueError:\n    pass\nexcept*:\n    pass\n",
}
for name, src in sources.items():
    try:
        compile(src, "<star>", "exec")
        print(f"{name}: compiles")
    except SyntaxError as e:
        print(f"{name}: SyntaxError: {e.msg} (line {e.lineno})")
