def dumps(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{inner}"{k}": {dumps(v, indent + step, step)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [inner + dumps(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")
doc = {"name": "pyvm", "version": [0, 1, 0], "stable": False, "ratio": 0.75,
       "authors": [{"name": "A \"quoted\" one", "tags": []}, {"name": "B\nline", "tags": ["x", None]}],
       "meta": {}, "nested": {"deep": {"deeper": [True, 1e100]}}}
print(dumps(doc))
print(dumps([1, [2, [3]]], step=4))
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError", e)
def parse_value(text, i=0):
    while text[i] == " ":
        i += 1
    if text[i] == "[":
        out, i = [], i + 1
        while text[i] != "]":
            v, i = parse_value(text, i)
            out.append(v)
            while text[i] in ", ":
                i += 1
        return out, i + 1
    j = i
    while j < len(text) and text[j] not in ",]":
        j += 1
    token = text[i:j].strip()
    return (int(token) if token.lstrip("-").isdigit() else token), j
print(parse_value("[1, [2, 3], [], [-4, [x]]]")[0])
