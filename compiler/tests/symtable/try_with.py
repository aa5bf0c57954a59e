def handlers():
    try:
        pass
    except ValueError as err:
        return err
    except (TypeError, KeyError) as err2:
        return err2
    except:
        raise
    else:
        ok = True
    finally:
        done = True
    return ok, done


def star_handlers():
    try:
        pass
    except* ValueError as group:
        return group


async def async_stuff(cm, it):
    async with cm as value:
        pass
    async for item in it:
        pass
    else:
        after = 1
    return value, item, after


def raises():
    raise ValueError("x") from cause


def asserts(v):
    assert v, message
