def l1():
    a = 1

    def l2():
        b = 2

        class L3:
            c = 3

            def l4(self):
                d = 4

                def l5():
                    return a + b + d + c

                return l5

        return L3

    return l2


def gen_in_class_in_func():
    m = [1]

    class K:
        g = (x for x in m)
        h = [m for _ in range(1)]

    return K
