# What CPython's import system leaves on each standard-library module it loads: the module's
# __spec__ (importlib's ModuleSpec) and __loader__, which say how it was found: from a source file
# (SourceFileLoader), a shared library (ExtensionFileLoader), built into the interpreter
# (BuiltinImporter) or frozen into it (FrozenImporter). Loopline loads nothing: these describe the
# module as CPython's import would have found it (stdlib/module-dunders.ts gives them). The
# classes carry CPython's module names, so their reprs and types read as CPython's.


class ModuleSpec:
    __module__ = '_frozen_importlib'

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            parts.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            parts.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f"{type(self).__name__}({', '.join(parts)})"

    def __eq__(self, other):
        mine = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin and mine == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class _FileLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path


class SourceFileLoader(_FileLoader):
    __module__ = '_frozen_importlib_external'


class ExtensionFileLoader(_FileLoader):
    __module__ = '_frozen_importlib_external'


class BuiltinImporter:
    __module__ = '_frozen_importlib'


class FrozenImporter:
    __module__ = '_frozen_importlib'


_LOADERS = {'SourceFileLoader': SourceFileLoader, 'ExtensionFileLoader': ExtensionFileLoader,
            'BuiltinImporter': BuiltinImporter, 'FrozenImporter': FrozenImporter}


def describe(name, loader_name, origin, package_dir, cached):
    """(spec, loader) of standard-library module `name` as CPython's import finds it."""
    kind = _LOADERS[loader_name]
    loader = kind(name, origin) if issubclass(kind, _FileLoader) else kind
    spec = ModuleSpec(name, loader, origin=origin, is_package=package_dir is not None)
    if package_dir is not None:
        spec.submodule_search_locations.append(package_dir)
    if issubclass(kind, _FileLoader):
        spec.has_location = True
        spec.cached = cached
    return spec, loader
