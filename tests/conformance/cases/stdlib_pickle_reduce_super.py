# object.__reduce_ex__ and object.__reduce__ as a class may call them through super(): the default
# reduction pickle and copy use (copyreg._reconstructor below protocol 2, copyreg.__newobj__ from 2).
import copy
import pickle


class Versioned:
    def __init__(self):
        self.data = [1]

    def __reduce_ex__(self, proto):
        func, args, state, *rest = super().__reduce_ex__(proto)
        return (func, args, dict(state or {}, version=2), *rest)


class Old:
    def __reduce__(self):
        return super().__reduce__()


for proto in (0, 2, 4):
    data = pickle.dumps(Versioned(), proto)
    print(data, vars(pickle.loads(data)))
    print(pickle.dumps(Old(), proto))
r = object().__reduce_ex__(2)
print(r[0].__name__, r[1], r[2:])
print(object().__reduce__()[0].__name__, object().__reduce__()[1])
print(copy.deepcopy(Versioned()).__dict__)
print(ValueError('x').__reduce_ex__(2), [1].__reduce_ex__(2)[0].__name__)
