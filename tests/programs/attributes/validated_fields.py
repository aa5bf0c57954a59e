# A small declarative model layer built on data descriptors and __set_name__.
class Field:
    def __init__(self, *, default=None, required=True):
        self.default = default
        self.required = required
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_field_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.storage)
        except AttributeError:
            if self.required and self.default is None:
                raise AttributeError(f"{type(obj).__name__}.{self.name} has not been set") from None
            return self.default
    def __set__(self, obj, value):
        setattr(obj, self.storage, self.validate(value))
    def __delete__(self, obj):
        try:
            delattr(obj, self.storage)
        except AttributeError:
            raise AttributeError(f"{self.name} is not set") from None
    def validate(self, value):
        return value

class Integer(Field):
    def __init__(self, *, minimum=None, **kw):
        super().__init__(**kw)
        self.minimum = minimum
    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{self.name} must be an int, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}, got {value}")
        return value

class String(Field):
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.name} must be a str, not {type(value).__name__}")
        return value.strip()

class Model:
    def __init__(self, **values):
        for name, value in values.items():
            if name not in type(self)._fields:
                raise TypeError(f"unexpected field {name!r}")
            setattr(self, name, value)
    def __repr__(self):
        parts = []
        for name in type(self)._fields:
            try:
                parts.append(f"{name}={getattr(self, name)!r}")
            except AttributeError:
                parts.append(f"{name}=<unset>")
        return f"{type(self).__name__}({', '.join(parts)})"

class Product(Model):
    name = String()
    price = Integer(minimum=0)
    stock = Integer(default=0, required=False)

class DiscountedProduct(Product):
    discount = Integer(minimum=0, default=5, required=False)

print(Product._fields, DiscountedProduct._fields)
p = Product(name="  widget ", price=10)
print(p, p.stock, sorted(vars(p)))
for field, value in [("price", -1), ("price", "10"), ("price", True), ("name", 5), ("stock", 3)]:
    try:
        setattr(p, field, value)
        print("set", field, getattr(p, field))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Product(name="x", colour="red")
except TypeError as e:
    print("TypeError", e)
empty = Product()
print(empty)
try:
    empty.name
except AttributeError as e:
    print("AttributeError", e)
del p.stock
print(p.stock)
try:
    del p.stock
except AttributeError as e:
    print("AttributeError", e)
d = DiscountedProduct(name="gadget", price=20, discount=2)
print(d, isinstance(DiscountedProduct.price, Integer), DiscountedProduct.discount.minimum)
print(type(Product.__dict__["name"]).__name__, "discount" in Product.__dict__, Product.price.storage)
