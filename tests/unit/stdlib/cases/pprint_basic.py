import pprint

config = {
    'service': 'orders',
    'replicas': 3,
    'endpoints': ['/api/v1/orders', '/api/v1/orders/{id}', '/api/v1/orders/{id}/items', '/healthz'],
    'limits': {'cpu': '500m', 'memory': '256Mi', 'timeouts': (0.5, 2.0, 30)},
    'tags': {'team': 'payments', 'tier': 'backend'},
    'description': 'A fairly long description of the service that will certainly need wrapping when printed narrowly.',
    'empty': [],
    'single': (1,),
    'flags': {3, 1, 2},
}
pprint.pprint(config)
pprint.pprint(config, width=40)
pprint.pprint(config, sort_dicts=False, width=60)
pprint.pp(config, width=50, depth=1)
print(pprint.pformat(config, indent=4, width=50))
print(pprint.pformat(list(range(40)), compact=True, width=40))
print(pprint.pformat(list(range(40)), width=100))
print(pprint.pformat([[1, 2, [3, 4, [5, 6]]]] * 3, depth=2))
print(pprint.pformat({'big': 12345678901234567890, 'n': [10**6, 2**40]}, underscore_numbers=True, width=30))
rec = [1, 2]
rec.append(rec)
print(pprint.saferepr(rec).split(' with id=')[0], pprint.isrecursive(rec), pprint.isreadable(config), pprint.isreadable({'a': object}))
print(pprint.pformat('short'), pprint.pformat(''))
print(pprint.pformat('line one\nline two is a bit longer than the others\nthree', width=20))
print(pprint.pformat({'k': 'word ' * 30}, width=40))
print(pprint.pformat([{'id': i, 'name': f'user{i}', 'roles': ['admin', 'dev'][: i % 3]} for i in range(4)], width=45))
print(pprint.pformat({(1, 'a'): [None, True, 1.5], (0, 'b'): frozenset({'x'})}))
pprint.pprint({1: 'a', 'b': 2, None: 3}, width=10)
