# str.format allows only one level of nesting inside a format spec;
# deeper nesting raises "Max string recursion exceeded".

def t(label, fn):
    try:
        print(label, repr(fn()))
    except ValueError as e:
        print(label, "ValueError:", e)

t("one level", lambda: "{:{}}".format(1, 3))
t("two levels", lambda: "{:{:{}}}".format(1, 2, 3))
t("two levels named", lambda: "{a:{b:{c}}}".format(a=1, b=2, c=3))
