# `configparser`: INI-style configuration files. Parsers (RawConfigParser, ConfigParser) read
# strings, files, dicts and line iterables into sections of options, look values up through the
# DEFAULT section with Basic or Extended interpolation, convert them (getint/getfloat/getboolean and
# user converters), act as mappings of section proxies, and write themselves back. Each version's
# reader is followed where it differs: how inline comments are found before 3.13, the errors a bad
# line gives (3.13's MultilineContinuationError, the joining of values after a failed read), 3.11's
# deprecated aliases, 3.13's unnamed section and 3.14's write checks.

import sys as _sys
import re
import functools
import itertools
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping
import io
import os

_V312 = _sys.version_info >= (3, 12)
_V313 = _sys.version_info >= (3, 13)
_V314 = _sys.version_info >= (3, 14)

if not _V313:
    import warnings

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
           "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
           "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError"]
if _V313:
    __all__ += ["MultilineContinuationError"]
if _V314:
    __all__ += ["UnnamedSectionDisabledError", "InvalidWriteError"]
__all__ += ["ConfigParser"] if _V312 else ["ConfigParser", "SafeConfigParser"]
__all__ += ["RawConfigParser", "Interpolation", "BasicInterpolation", "ExtendedInterpolation"]
if not _V313:
    __all__ += ["LegacyInterpolation"]
__all__ += ["SectionProxy", "ConverterMapping", "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]
if _V313:
    __all__ += ["UNNAMED_SECTION"]
if _V312:
    __all__ = tuple(__all__)

_default_dict = dict
DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


class Error(Exception):
    """The root of configparser's exceptions; str() and repr() are the message."""

    def __init__(self, msg=''):
        super().__init__(msg)
        self.message = msg

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _where(source, lineno):
    # "While reading from 'f' [line  3]: " before a duplicate's description.
    text = "While reading from " + repr(source)
    if lineno is not None:
        text += " [line {0:2d}]".format(lineno)
    return text + ": "


def _duplicate_text(kind, what, source, lineno):
    # "Section 'x' already exists", or with the place it was read from, the kind in lower case.
    if source is None:
        return kind + " " + what + " already exists"
    return _where(source, lineno) + kind.lower() + " " + what + " already exists"


class NoSectionError(Error):
    """The named section does not exist."""

    def __init__(self, section):
        super().__init__('No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """A section added twice, or repeated within one source by a strict parser."""

    def __init__(self, section, source=None, lineno=None):
        super().__init__(_duplicate_text("Section", repr(section), source, lineno))
        self.args = (section, source, lineno)
        self.section, self.source, self.lineno = self.args


class DuplicateOptionError(Error):
    """An option repeated within one source by a strict parser."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r" % (option, section)
        super().__init__(_duplicate_text("Option", what, source, lineno))
        self.args = (section, option, source, lineno)
        self.section, self.option, self.source, self.lineno = self.args


class NoOptionError(Error):
    """The section has no such option (nor do the defaults)."""

    def __init__(self, option, section):
        super().__init__("No option %r in section: %r" % (option, section))
        self.args = (option, section)
        self.option, self.section = self.args


class InterpolationError(Error):
    """The root of the errors raised while substituting references."""

    def __init__(self, option, section, msg):
        super().__init__(msg)
        self.args = (option, section, msg)
        self.option, self.section = option, section


class InterpolationMissingOptionError(InterpolationError):
    """A substitution names an option that is not there."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option {!r} in section {!r} contains an "
                "interpolation key {!r} which is not a valid option name. Raw value: {!r}"
                .format(option, section, reference, rawval))
        super().__init__(option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """The text to substitute into is malformed."""


class InterpolationDepthError(InterpolationError):
    """Substitutions nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option {!r} in section {!r} "
                "contains an interpolation key which cannot be substituted in {} steps. "
                "Raw value: {!r}".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        super().__init__(option, section, text)
        self.args = (option, section, rawval)


def _filename_deprecated():
    warnings.warn("The 'filename' attribute will be removed in Python 3.12. Use 'source' instead.",
                  DeprecationWarning, stacklevel=3)


class ParsingError(Error):
    """A source does not follow the file format; `errors` lists its bad lines."""

    if _V312:
        def __init__(self, source, *args):
            super().__init__('Source contains parsing errors: %r' % (source,))
            self.source, self.errors, self.args = source, [], (source,)
            if not args:
                return
            if not _V313:
                raise TypeError('ParsingError.__init__() takes 2 positional arguments but %d '
                                'were given' % (len(args) + 2))
            # 3.13: a first error may come with the source.
            self.append(*args)
    else:
        def __init__(self, source=None, filename=None):
            if source and filename:
                raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
            origin = source or filename
            if not origin:
                raise ValueError("Required argument `source' not given.")
            # 3.11 formats with '%' and the bare value (a tuple source is unpacked).
            super().__init__('Source contains parsing errors: %r' % origin)
            self.source, self.errors, self.args = origin, [], (origin,)

        @property
        def filename(self):
            _filename_deprecated()
            return self.source

        @filename.setter
        def filename(self, value):
            _filename_deprecated()
            self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        # Before 3.13 the reader appended the line's repr itself.
        shown = repr(line) if _V313 else line
        self.message += '\n\t[line %2d]: %s' % (lineno, shown)

    if _V313:
        def combine(self, others):
            for other in others:
                for lineno, line in other.errors:
                    self.append(lineno, line)
            return self


def _bad_line_error(exc, head, filename, lineno, line):
    # The two "this line cannot be here" errors: a headline, then where, then the line's repr.
    Error.__init__(exc, '%s\nfile: %r, line: %d\n%r' % (head, filename, lineno, line))
    exc.args = (filename, lineno, line)
    exc.source, exc.lineno, exc.line = exc.args


class MissingSectionHeaderError(ParsingError):
    """An option line comes before any section header."""

    def __init__(self, filename, lineno, line):
        _bad_line_error(self, 'File contains no section headers.', filename, lineno, line)


if _V313:
    class MultilineContinuationError(ParsingError):
        """An option without a value is followed by an indented line."""

        def __init__(self, filename, lineno, line):
            _bad_line_error(self, 'Key without value continued with an indented line.',
                            filename, lineno, line)

    class _UnnamedSection:
        def __repr__(self):
            return "<UNNAMED_SECTION>"

    UNNAMED_SECTION = _UNNAMED = _UnnamedSection()
else:
    _UNNAMED = object()  # never a key: nothing before 3.13 makes an unnamed section

if _V314:
    class UnnamedSectionDisabledError(Error):
        """UNNAMED_SECTION was used on a parser made without allow_unnamed_section."""

        def __init__(self):
            super().__init__("Support for UNNAMED_SECTION is disabled.")

    class InvalidWriteError(Error):
        """write() met a key that would read back as something else."""

        def __init__(self, msg=''):
            super().__init__(msg)


_UNSET = object()


class Interpolation:
    """No interpolation: values pass through unchanged."""

    # The four hooks, in the order a value meets them: read from a source, set, got, written.
    def before_read(self, parser, section, option, value):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_write(self, parser, section, option, value):
        return value


def _check_syntax(value, escape, keycre):
    # What set() refuses: a marker left once escapes and well-formed references are removed.
    rest = keycre.sub('', value.replace(escape + escape, ''))
    if escape in rest:
        raise ValueError("invalid interpolation syntax in %r at position %d"
                         % (value, rest.find(escape)))
    return value


def _interpolate(parser, option, section, rest, depth, sigil, opener, keycre, out, reference):
    """The scan both syntaxes share: `rest` copied into `out`, a doubled `sigil` as one, each
    reference (`sigil`, `opener`, what keycre matches) handed to `reference(key, rawval, rest)`."""
    rawval = parser.get(section, option, raw=True, fallback=rest)
    if depth > MAX_INTERPOLATION_DEPTH:
        raise InterpolationDepthError(option, section, rawval)
    while rest:
        at = rest.find(sigil)
        if at < 0:
            out.append(rest)
            return
        if at:
            out.append(rest[:at])
            rest = rest[at:]
        after = rest[1:2]
        if after == sigil:
            out.append(sigil)
            rest = rest[2:]
            continue
        if after != opener:
            raise InterpolationSyntaxError(
                option, section, f"'{sigil}' must be followed by '{sigil}' or '{opener}', found: {rest!r}")
        m = keycre.match(rest)
        if m is None:
            raise InterpolationSyntaxError(
                option, section, "bad interpolation variable reference %r" % rest)
        rest = rest[m.end():]
        reference(m.group(1), rawval, rest)


class BasicInterpolation(Interpolation):
    """%(name)s references to options of the same section or DEFAULT; %% is a percent sign."""

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._interpolate_some(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        return _check_syntax(value, '%', self._KEYCRE)

    def _interpolate_some(self, parser, option, out, rest, section, map, depth):
        def reference(key, rawval, rest):
            name = parser.optionxform(key)
            try:
                v = map[name]
            except KeyError:
                raise InterpolationMissingOptionError(option, section, rawval, name) from None
            if '%' in v:
                self._interpolate_some(parser, option, out, v, section, map, depth + 1)
            else:
                out.append(v)

        _interpolate(parser, option, section, rest, depth, '%', '(', self._KEYCRE, out, reference)


class ExtendedInterpolation(Interpolation):
    """${name} and ${section:name} references (zc.buildout's syntax); $$ is a dollar sign."""

    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._interpolate_some(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        return _check_syntax(value, '$', self._KEYCRE)

    def _interpolate_some(self, parser, option, out, rest, section, map, depth):
        def reference(key, rawval, rest):
            # ${name} in this section (or DEFAULT), ${section:name} anywhere.
            parts = key.split(':')
            if len(parts) > 2:
                raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (rest,))
            try:
                if len(parts) == 2:
                    where, name = parts[0], parser.optionxform(parts[1])
                    found = parser.get(where, name, raw=True)
                else:
                    where, name = section, parser.optionxform(parts[0])
                    found = map[name]
            except (KeyError, NoSectionError, NoOptionError):
                raise InterpolationMissingOptionError(option, section, rawval, ":".join(parts)) from None
            if found is None and _V314:
                return
            if '$' not in found:
                out.append(found)
                return
            nested = dict(parser.items(where, raw=True))
            self._interpolate_some(parser, name, out, found, where, nested, depth + 1)

        _interpolate(parser, option, section, rest, depth, '$', '{', self._KEYCRE, out, reference)


if not _V313:
    class LegacyInterpolation(Interpolation):
        """The old %(name)s interpolation through the % operator (deprecated)."""

        _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            text = ("LegacyInterpolation has been deprecated since Python 3.2 and will be removed "
                    "from the configparser module in Python 3.13. "
                    "Use BasicInterpolation or ExtendedInterpolation instead.")
            warnings.warn(text, DeprecationWarning, stacklevel=2)

        def before_get(self, parser, section, option, value, vars):
            original = value

            def normalized(m):
                # Each %(name)s with its name passed through optionxform; anything else as it was.
                key = m.group(1)
                return m.group() if key is None else "%%(%s)s" % parser.optionxform(key)

            rounds_left = MAX_INTERPOLATION_DEPTH
            while value and "%(" in value:
                if not rounds_left:
                    raise InterpolationDepthError(option, section, original)
                rounds_left -= 1
                value = self._KEYCRE.sub(normalized, value)
                try:
                    value = value % vars
                except KeyError as e:
                    raise InterpolationMissingOptionError(option, section, original, e.args[0]) from None
            return value

        def before_set(self, parser, section, option, value):
            return value


def _strip_comments(line, full, inline):
    # The line's content without its comment, and whether it had one. A full-line comment starts
    # the stripped line; an inline one starts the line or follows whitespace.
    stripped = line.strip()
    for prefix in full:
        if stripped.startswith(prefix):
            return '', True
    cut = None
    if _V313:
        # The earliest place any prefix starts a comment.
        for prefix in inline:
            at = line.find(prefix)
            while at >= 0 and (cut is None or at < cut):
                if at == 0 or line[at - 1].isspace():
                    cut = at
                    break
                at = line.find(prefix, at + 1)
    else:
        # Before 3.13 every prefix advanced one occurrence per round, and the first round in which
        # one qualified decided (so a later prefix's earlier comment could be missed).
        places = {p: -1 for p in inline}
        while cut is None and places:
            advanced = {}
            for prefix, at in places.items():
                at = line.find(prefix, at + 1)
                if at == -1:
                    continue
                advanced[prefix] = at
                if at == 0 or line[at - 1].isspace():
                    cut = at if cut is None else min(cut, at)
            places = advanced
    if cut is None:
        return stripped, False
    clean = line[:cut].strip()
    return clean, (clean != stripped) if _V313 else True


class _Reading:
    # Where a read is: the section being filled, the option a continuation line extends.
    def __init__(self):
        self.added = set()
        self.cursect = None
        self.sectname = None
        self.optname = None
        self.lineno = 0
        self.indent = 0
        self.errors = None


class RawConfigParser(MutableMapping):
    """An INI-style parser whose values are returned as written (no interpolation by default)."""

    _SECT_TMPL = r"\[(?P<header>.+)\]"
    _OPT_TMPL = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
    _OPT_NV_TMPL = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"))
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET,
                 **more):
        allow_unnamed_section = False
        if more:
            name = next(iter(more))
            if name != 'allow_unnamed_section' or not _V313:
                raise TypeError("%s.__init__() got an unexpected keyword argument '%s'"
                                % (RawConfigParser.__name__, name))
            allow_unnamed_section = more[name]
        make = self._dict = dict_type
        self._sections, self._defaults = make(), make()
        self._converters = ConverterMapping(self)
        self._proxies = make()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters != ('=', ':'):
            # Custom delimiters: the option pattern built for them.
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._optcre = re.compile(template.format(delim="|".join(map(re.escape, delimiters))))
        else:
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        self._comment_prefixes, self._inline_comment_prefixes = (
            tuple(comment_prefixes or ()), tuple(inline_comment_prefixes or ()))
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        self._allow_unnamed_section = allow_unnamed_section
        chosen = self._DEFAULT_INTERPOLATION if interpolation is _UNSET else interpolation
        if chosen is None:
            chosen = Interpolation()
        elif not isinstance(chosen, Interpolation):
            raise TypeError("interpolation= must be None or an instance of Interpolation;"
                            f" got an object of type {type(chosen)}")
        self._interpolation = chosen
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    def sections(self):
        """The section names, DEFAULT left out."""
        return list(self._sections.keys())

    def defaults(self):
        return self._defaults

    @property
    def converters(self):
        return self._converters

    def add_section(self, section):
        """Create a section; DuplicateSectionError if it exists, ValueError for DEFAULT."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if _V314 and section is _UNNAMED and not self._allow_unnamed_section:
            raise UnnamedSectionDisabledError
        sections = self._sections
        if section in sections:
            raise DuplicateSectionError(section)
        sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        """The section's option names followed by the defaults'."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names.keys())

    def read(self, filenames, encoding=None):
        """Read each file that opens (others are skipped); the list of those read."""
        if isinstance(filenames, (str, bytes)) or hasattr(filenames, '__fspath__'):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as stream:
                    self._read(stream, name)
            except OSError:
                continue  # a file that cannot be opened (or read) is skipped
            done.append(os.fspath(name) if hasattr(name, '__fspath__') else name)
        return done

    def read_file(self, f, source=None):
        """Read lines from an iterable; the source name defaults to f.name, else '<???>'."""
        self._read(f, getattr(f, 'name', '<???>') if source is None else source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read {section: {option: value}}; every name and value is made a string."""
        # A strict parser refuses a section or option twice within this one dictionary.
        seen = set()
        for given_section, options in dictionary.items():
            name = str(given_section)
            try:
                self.add_section(name)
            except (DuplicateSectionError, ValueError):
                if self._strict and name in seen:
                    raise
            seen.add(name)
            for given_key, given_value in options.items():
                key = self.optionxform(str(given_key))
                value = given_value if given_value is None else str(given_value)
                if self._strict and (name, key) in seen:
                    raise DuplicateOptionError(name, key, source)
                seen.add((name, key))
                self.set(name, key, value)

    if not _V312:
        def readfp(self, fp, filename=None):
            """Deprecated, use read_file instead."""
            warnings.warn("This method will be removed in Python 3.12. "
                          "Use 'parser.read_file()' instead.", DeprecationWarning, stacklevel=2)
            self.read_file(fp, source=filename)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The option's value, looked up in vars, the section and DEFAULT, interpolated."""
        try:
            chain = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = chain[option]
        except KeyError:
            if fallback is not _UNSET:
                return fallback
            raise NoOptionError(option, section)
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, chain)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET,
                  **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, (name, proxy) pairs; with one, its (option, value) pairs."""
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
            own = ()
        merged.update(own)
        # vars may change values but add no names to the list.
        names = list(merged.keys())
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        hook = self._interpolation.before_get
        return [(name, hook(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        """Remove and return the first (name, proxy) section pair; KeyError when none is left."""
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    def has_option(self, section, option):
        """Whether the section (DEFAULT when None or '') has the option, itself or by default."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    def optionxform(self, optionstr):
        return optionstr.lower()

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        if not section or section == self.default_section:
            target = self._defaults
        else:
            try:
                target = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        target[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in the file format (comments are not kept)."""
        d = " {} ".format(self._delimiters[0]) if space_around_delimiters else self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), d)
        unnamed = self._sections.get(_UNNAMED) if _V313 else None
        if unnamed is not None and (unnamed or not _V314):
            self._write_section(fp, _UNNAMED, unnamed.items(), d, unnamed=True)
        for section in self._sections:
            if section is _UNNAMED:
                continue
            self._write_section(fp, section, self._sections[section].items(), d)

    def _write_section(self, fp, section_name, section_items, delimiter, unnamed=False):
        if not unnamed:
            fp.write("[{}]\n".format(section_name))
        for key, value in section_items:
            if _V314:
                self._validate_key_contents(key)
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                after = ""
            else:
                # Continuation lines of a multi-line value are indented with a tab.
                after = delimiter + str(value).replace('\n', '\n\t')
            fp.write("{}{}\n".format(key, after))
        fp.write("\n")

    def remove_option(self, section, option):
        """Remove an option; whether it was there."""
        if not section or section == self.default_section:
            target = self._defaults
        else:
            try:
                target = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        option = self.optionxform(option)
        there = option in target
        if there:
            del target[option]
        return there

    def remove_section(self, section):
        """Remove a section; whether it was there."""
        there = section in self._sections
        if there:
            del self._sections[section]
            del self._proxies[section]
        return there

    def __getitem__(self, key):
        if key == self.default_section or self.has_section(key):
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return  # a section's own proxy assigned back: nothing to replace
        if key == self.default_section:
            emptied = self._defaults
        else:
            emptied = self._sections[key] if key in self._sections else None
        if emptied is not None:
            emptied.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if self.has_section(key):
            self.remove_section(key)
        else:
            raise KeyError(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    # Reading. Lines are read one by one; a line indented deeper than its option's continues the
    # value; bad option lines are gathered into one ParsingError raised at the end.

    def _read(self, fp, fpname):
        if not _V313:
            errors = self._read_lines(fp, fpname)
            self._join_multiline_values()
            if errors:
                raise errors
            return
        try:
            errors = self._read_lines(fp, fpname)
        finally:
            self._join_multiline_values()
        if errors:
            raise errors

    def _read_lines(self, fp, fpname):
        st = _Reading()
        for st.lineno, line in enumerate(fp, start=1):
            clean, commented = _strip_comments(line, self._comment_prefixes,
                                               self._inline_comment_prefixes)
            if not clean:
                if not self._empty_lines_in_values:
                    st.indent = _sys.maxsize
                elif (not commented and st.cursect is not None and st.optname
                        and st.cursect[st.optname] is not None):
                    st.cursect[st.optname].append('')  # the newlines are added when joining
                continue
            first = self.NONSPACECRE.search(line)
            indent = first.start() if first else 0
            if st.cursect is not None and st.optname and indent > st.indent:
                value = st.cursect[st.optname]
                if value is None and _V313:
                    raise MultilineContinuationError(fpname, st.lineno, line)
                value.append(clean)
                continue
            if _V313 and self._allow_unnamed_section and st.cursect is None:
                if _V314:
                    self._start_section(st, _UNNAMED, fpname)
                else:
                    st.sectname = _UNNAMED
                    st.cursect = self._dict()
                    self._sections[_UNNAMED] = st.cursect
                    self._proxies[_UNNAMED] = SectionProxy(self, _UNNAMED)
                    st.added.add(_UNNAMED)
            st.indent = indent
            mo = self.SECTCRE.match(clean)
            if mo:
                self._start_section(st, mo.group('header'), fpname)
            elif st.cursect is None:
                raise MissingSectionHeaderError(fpname, st.lineno, line)
            else:
                self._read_option(st, clean, line, fpname)
        return st.errors

    def _start_section(self, st, name, fpname):
        st.sectname = name
        if name in self._sections:
            if self._strict and name in st.added:
                raise DuplicateSectionError(name, fpname, st.lineno)
            st.cursect = self._sections[name]
            st.added.add(name)
        elif name == self.default_section:
            st.cursect = self._defaults
        else:
            st.cursect = self._dict()
            self._sections[name] = st.cursect
            self._proxies[name] = SectionProxy(self, name)
            st.added.add(name)
        st.optname = None  # a section cannot start with a continuation line

    def _bad_line(self, st, fpname, line):
        if st.errors is None:
            st.errors = ParsingError(fpname)
        st.errors.append(st.lineno, line if _V313 else repr(line))

    def _read_option(self, st, clean, line, fpname):
        mo = self._optcre.match(clean)
        if not mo:
            self._bad_line(st, fpname, line)
            return
        name, vi, value = mo.group('option', 'vi', 'value')
        if not name:
            self._bad_line(st, fpname, line)
        st.optname = self.optionxform(name.rstrip())
        if self._strict and (st.sectname, st.optname) in st.added:
            raise DuplicateOptionError(st.sectname, st.optname, fpname, st.lineno)
        st.added.add((st.sectname, st.optname))
        st.cursect[st.optname] = None if value is None else [value.strip()]

    def _join_multiline_values(self):
        sections = itertools.chain(((self.default_section, self._defaults),),
                                   self._sections.items())
        for section, options in sections:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        into = self._defaults
        for name, value in defaults.items():
            into[self.optionxform(name)] = value

    def _unify_values(self, section, vars):
        # The lookup order: vars (made strings, names normalized), the section, DEFAULT.
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            own = {}
        given = {}
        if vars:
            for key, value in vars.items():
                given[self.optionxform(key)] = value if value is None else str(value)
        return _ChainMap(given, own, self._defaults)

    def _convert_to_boolean(self, value):
        word = value.lower()
        if word not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[word]

    if _V314:
        def _validate_key_contents(self, key):
            if re.match(self.SECTCRE, key):
                raise InvalidWriteError(f"Cannot write key {key}; begins with section pattern")
            for delim in self._delimiters:
                if delim in key:
                    raise InvalidWriteError(f"Cannot write key {key}; contains delimiter {delim}")

    def _validate_value_types(self, *, section="", option="", value=""):
        # What the mapping protocol and ConfigParser.set accept: strings (None for a valueless
        # option where those are allowed).
        if _V314 and section is _UNNAMED:
            if not self._allow_unnamed_section:
                raise UnnamedSectionDisabledError
        elif not isinstance(section, str):
            raise TypeError("section names must be strings or UNNAMED_SECTION" if _V314
                            else "section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if (not self._allow_no_value or value) and not isinstance(value, str):
            raise TypeError("option values must be strings")


class ConfigParser(RawConfigParser):
    """RawConfigParser with %(name)s interpolation by default and type checks on what is set."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def add_section(self, section):
        """Create a section, checking its name is a string."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def set(self, section, option, value=None):
        """Set an option, checking its type and interpolation syntax."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def _read_defaults(self, defaults):
        # The constructor's defaults become strings, without interpolation checks.
        keep = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = keep


if not _V312:
    class SafeConfigParser(ConfigParser):
        """The old name of ConfigParser (3.11 only, with a warning)."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            text = ("The SafeConfigParser class has been renamed to ConfigParser in Python 3.2. "
                    "This alias will be removed in Python 3.12. Use ConfigParser directly instead.")
            warnings.warn(text, DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """One section of a parser as a mapping of its option names (DEFAULT's included) to values."""

    def __init__(self, parser, name):
        self._parser, self._name = parser, name
        for conv in parser.converters:
            getter = 'get' + conv
            setattr(self, getter, functools.partial(self.get, _impl=getattr(parser, getter)))

    def __repr__(self):
        return '<Section: {}>'.format(self._name)

    def __getitem__(self, key):
        parser = self._parser
        if parser.has_option(self._name, key):
            return parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        parser = self._parser
        parser._validate_value_types(option=key, value=value)
        return parser.set(self._name, key, value)

    def __delitem__(self, key):
        parser = self._parser
        if parser.has_option(self._name, key) and parser.remove_option(self._name, key):
            return
        raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __iter__(self):
        return iter(self._options())

    def __len__(self):
        return len(self._options())

    def _options(self):
        parser = self._parser
        if self._name == parser.default_section:
            return parser.defaults()
        return parser.options(self._name)

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value, or `fallback` (None) when it is missing."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's get* converters by name; setting one adds get<name> to the parser and its
    section proxies (a getter the class defines itself maps to None)."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._data = {}
        self._parser = parser
        # The getters the parser already has (getint, getfloat, getboolean, ...): known, no function.
        for attr in dir(parser):
            found = self.GETTERCRE.match(attr)
            if found and callable(getattr(parser, attr)):
                self._data[found.group('name')] = None

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            attr = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if attr == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        parser = self._parser
        getter = functools.partial(parser._get_conv, conv=value)
        getter.converter = value
        setattr(parser, attr, getter)
        for proxy in parser.values():
            setattr(proxy, attr, functools.partial(proxy.get, _impl=getter))

    def __delitem__(self, key):
        try:
            attr = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for owner in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(owner, attr)
            except AttributeError:
                continue
