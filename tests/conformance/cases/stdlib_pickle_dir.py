# The names of pickle, copyreg and _compat_pickle are CPython's, each version's (the module
# dunders such as __spec__ and __loader__ aside, which Loopline's modules do not have).
import _compat_pickle
import copyreg
import pickle

for module in (pickle, copyreg, _compat_pickle):
    names = [n for n in dir(module) if not (n.startswith('__') and n.endswith('__'))]
    print(module.__name__, len(names))
    print(' '.join(names))
print(pickle.format_version, pickle.compatible_formats, pickle.bytes_types, copyreg._HEAPTYPE)
print(copyreg.dispatch_table[complex](2 - 1j), copyreg.__all__)
