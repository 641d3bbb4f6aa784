# run: python
# sys.modules lists the modules imported so far, and each import adds its module.
import sys

print(type(sys.modules).__name__, sys.modules['sys'] is sys, 'json' in sys.modules, 'asyncio' in sys.modules)
import json
import asyncio

print('json' in sys.modules, sys.modules['json'] is json, sys.modules['asyncio'] is asyncio)
print(sys.modules.get('asyncio').sleep is asyncio.sleep, 'no_such_module' in sys.modules)
