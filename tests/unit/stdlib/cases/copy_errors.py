import copy


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def gen():
    yield 1


show(lambda: copy.copy(gen()))
show(lambda: copy.deepcopy([gen()]))
show(lambda: copy.deepcopy(copy))
show(lambda: copy.replace([1], x=1))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)


class Broken:
    def __deepcopy__(self, memo):
        raise RuntimeError('no deep copies here')


copy.deepcopy({'k': Broken()})
