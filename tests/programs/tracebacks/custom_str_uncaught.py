# An uncaught custom exception uses its __str__ and its qualified name.
class Errors:
    class ValidationError(ValueError):
        def __init__(self, field):
            super().__init__(field)
            self.field = field
        def __str__(self):
            return f"invalid field {self.field!r}"
def validate(record):
    if "name" not in record:
        raise Errors.ValidationError("name")
validate({"age": 3})
