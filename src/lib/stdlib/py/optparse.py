# `optparse`: the older command-line parser. Options are declared on an OptionParser (or on its
# OptionGroups) with the strings that name them ("-f", "--file") and what to do when seen (store,
# store_const, store_true/false, append, append_const, count, callback, help, version) with a type
# (string, int, long, float, complex, choice); parse_args walks the argument list (sys.argv[1:] by
# default) into a Values object and the leftover positional arguments. Errors print the usage and
# "PROG: error: MESSAGE" on stderr and exit with status 2. Help is laid out by a HelpFormatter:
# option strings in a column up to max_help_position wide, help text wrapped beside them to the
# width $COLUMNS gives (80 when unset) less 2. The same in 3.11-3.14.

import os as _os
import sys as _sys

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values', 'OptionContainer',
           'OptionGroup', 'OptionParser', 'HelpFormatter', 'IndentedHelpFormatter',
           'TitledHelpFormatter', 'OptParseError', 'OptionError', 'OptionConflictError',
           'OptionValueError', 'BadOptionError', 'check_choice']

__version__ = '1.5.3'


def _(text):
    # Messages are English: no translation catalogue is installed.
    return text


def _ngettext(one, many, n):
    return one if n == 1 else many


def _address_repr(self):
    return f'<{type(self).__name__} at 0x{id(self):x}: {self}>'


# Errors

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    def __init__(self, msg, option):
        self.msg, self.option_id = msg, str(option)

    def __str__(self):
        return f'option {self.option_id}: {self.msg}' if self.option_id else self.msg


class OptionConflictError(OptionError):
    pass


class OptionValueError(OptParseError):
    pass


class BadOptionError(OptParseError):
    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _('no such option: %s') % self.opt_str


class AmbiguousOptionError(BadOptionError):
    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self):
        return _('ambiguous option: %s (%s?)') % (self.opt_str, ', '.join(self.possibilities))


# Help layout

class HelpFormatter:
    NO_DEFAULT_VALUE = 'none'

    def __init__(self, indent_increment, max_help_position, width, short_first):
        if width is None:
            # The terminal's width as $COLUMNS tells it (80 without), less a margin of 2.
            columns = _os.environ.get('COLUMNS')
            try:
                width = int(columns) - 2
            except (TypeError, ValueError):
                width = 78
        self.parser, self.width, self.short_first = None, width, short_first
        self.indent_increment, self.current_indent, self.level = indent_increment, 0, 0
        self.max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self.help_position, self.help_width = self.max_help_position, None
        self.default_tag, self.option_strings = '%default', {}
        self._short_opt_fmt, self._long_opt_fmt = '%s %s', '%s=%s'

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim not in ('', ' '):
            raise ValueError(f'invalid metavar delimiter for short options: {delim!r}')
        self._short_opt_fmt = '%s' + delim + '%s'

    def set_long_opt_delimiter(self, delim):
        if delim not in ('=', ' '):
            raise ValueError(f'invalid metavar delimiter for long options: {delim!r}')
        self._long_opt_fmt = '%s' + delim + '%s'

    def _shift(self, steps):
        self.level += steps
        self.current_indent += steps * self.indent_increment

    def indent(self):
        self._shift(1)

    def dedent(self):
        self._shift(-1)
        assert self.current_indent >= 0, 'Indent decreased below 0.'

    def format_usage(self, usage):
        raise NotImplementedError('subclasses must implement')

    def format_heading(self, heading):
        raise NotImplementedError('subclasses must implement')

    def _format_text(self, text):
        import textwrap
        pad = ' ' * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11), initial_indent=pad,
                             subsequent_indent=pad)

    def format_description(self, description):
        return self._format_text(description) + '\n' if description else ''

    def format_epilog(self, epilog):
        return '\n' + self._format_text(epilog) + '\n' if epilog else ''

    def expand_default(self, option):
        tag = self.default_tag
        if not tag or self.parser is None:
            return option.help
        value = self.parser.defaults.get(option.dest)
        if value is NO_DEFAULT or value is None:
            value = self.NO_DEFAULT_VALUE
        return option.help.replace(tag, str(value))

    def format_option(self, option):
        # The option strings in their column, the help beside them; strings too wide for the
        # column get a line of their own and the help starts below, at the help column.
        import textwrap
        strings = self.option_strings[option]
        column = self.help_position - self.current_indent - 2
        lead = ' ' * self.current_indent
        if len(strings) > column:
            out = [lead + strings + '\n']
            first_pad = self.help_position
        else:
            out = [lead + strings.ljust(column) + '  ']
            first_pad = 0
        if option.help:
            lines = textwrap.wrap(self.expand_default(option), self.help_width)
            out.append(' ' * first_pad + lines[0] + '\n')
            out.extend(' ' * self.help_position + line + '\n' for line in lines[1:])
        elif not out[0].endswith('\n'):
            out.append('\n')
        return ''.join(out)

    def store_option_strings(self, parser):
        # Every option's strings, and from the widest the column where help begins.
        # The parser's own options sit one indent in, its groups' two.
        widest = 0
        for lists in ([parser.option_list], [group.option_list for group in parser.option_groups]):
            self.indent()
            for options in lists:
                for option in options:
                    self.option_strings[option] = text = self.format_option_strings(option)
                    widest = max(widest, self.current_indent + len(text))
        self.dedent()
        self.dedent()
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(11, self.width - self.help_position)

    def format_option_strings(self, option):
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            shown = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, shown) for s in shorts]
            longs = [self._long_opt_fmt % (s, shown) for s in longs]
        return ', '.join(shorts + longs if self.short_first else longs + shorts)


class IndentedHelpFormatter(HelpFormatter):
    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _('Usage: %s\n') % usage

    def format_heading(self, heading):
        return ' ' * self.current_indent + heading + ':\n'


class TitledHelpFormatter(HelpFormatter):
    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return self.format_heading(_('Usage')) + '  ' + usage + '\n'

    def format_heading(self, heading):
        # Underlined with '=' at the top level, '-' one level in.
        return heading + '\n' + '=-'[self.level] * len(heading) + '\n'


# Types

def _parse_num(val, type):
    # A leading 0x is hexadecimal, 0b binary, 0 octal (as C's strtol reads them).
    head = val[:2].lower()
    if head == '0x':
        return type(val, 16)
    if head == '0b':
        return type(val[2:] or '0', 2)
    return type(val, 8 if val[:1] == '0' else 10)


def _parse_int(val):
    return _parse_num(val, int)


_builtin_cvt = {
    'int': (_parse_int, _('integer')),
    'long': (_parse_int, _('integer')),
    'float': (float, _('floating-point')),
    'complex': (complex, _('complex')),
}


def check_builtin(option, opt, value):
    convert, kind = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_('option %s: invalid %s value: %r') % (opt, kind, value))


def check_choice(option, opt, value):
    if value not in option.choices:
        allowed = ', '.join(repr(c) for c in option.choices)
        raise OptionValueError(_('option %s: invalid choice: %r (choose from %s)') % (opt, value, allowed))
    return value


NO_DEFAULT = ('NO', 'DEFAULT')


class Option:
    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback',
             'callback_args', 'callback_kwargs', 'help', 'metavar']
    ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append', 'append_const',
               'count', 'callback', 'help', 'version')
    STORE_ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append', 'append_const',
                     'count')
    TYPED_ACTIONS = ('store', 'append', 'callback')
    ALWAYS_TYPED_ACTIONS = ('store', 'append')
    CONST_ACTIONS = ('store_const', 'append_const')
    TYPES = ('string', 'int', 'long', 'float', 'complex', 'choice')
    TYPE_CHECKER = {'int': check_builtin, 'long': check_builtin, 'float': check_builtin,
                    'complex': check_builtin, 'choice': check_choice}
    CHECK_METHODS = None

    def __init__(self, *opts, **attrs):
        self._short_opts, self._long_opts = [], []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        given = [o for o in opts if o]
        if not given:
            raise TypeError('at least one option string must be supplied')
        return given

    def _set_opt_strings(self, opts):
        for opt in opts:
            if len(opt) < 2:
                raise OptionError(f'invalid option string {opt!r}: must be at least two characters long', self)
            if len(opt) == 2:
                if opt[0] != '-' or opt[1] == '-':
                    raise OptionError(f'invalid short option string {opt!r}: '
                                      'must be of the form -x, (x any non-dash char)', self)
                self._short_opts += [opt]
            else:
                if opt[:2] != '--' or opt[2] == '-':
                    raise OptionError(f'invalid long option string {opt!r}: '
                                      'must start with --, followed by non-dash', self)
                self._long_opts += [opt]

    def _set_attrs(self, attrs):
        for name in self.ATTRS:
            setattr(self, name, attrs.pop(name) if name in attrs else
                    (NO_DEFAULT if name == 'default' else None))
        if attrs:
            raise OptionError('invalid keyword arguments: ' + ', '.join(sorted(attrs)), self)

    def _check_action(self):
        if self.action is None:
            self.action = 'store'
        if self.action not in self.ACTIONS:
            raise OptionError(f'invalid action: {self.action!r}', self)

    def _check_type(self):
        kind = self.type
        if kind is None:
            # store and append take a string unless choices make it a choice.
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = 'choice' if self.choices is not None else 'string'
            return
        # A type may be given as the class itself (int, float; str meaning string).
        kind = kind.__name__ if isinstance(kind, type) else kind
        self.type = 'string' if kind == 'str' else kind
        if self.type not in self.TYPES:
            raise OptionError(f'invalid option type: {self.type!r}', self)
        if not self.action in self.TYPED_ACTIONS:
            raise OptionError(f'must not supply a type for action {self.action!r}', self)

    def _check_choice(self):
        given = self.choices
        if self.type != 'choice':
            if given is not None:
                raise OptionError(f'must not supply choices for type {self.type!r}', self)
        elif given is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        elif not isinstance(given, (list, tuple)):
            kind = str(type(given)).split("'")[1]
            raise OptionError(f"choices must be a list of strings ('{kind}' supplied)", self)

    def _check_dest(self):
        if self.dest is None and (self.action in self.STORE_ACTIONS or self.type is not None):
            # From the first long option ("--dry-run": dry_run), else the first short one's letter.
            first_long = self._long_opts[0] if self._long_opts else None
            self.dest = first_long[2:].replace('-', '_') if first_long else self._short_opts[0][1]

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise OptionError(f"'const' must not be supplied for action {self.action!r}", self)

    def _check_nargs(self):
        typed = self.action in self.TYPED_ACTIONS
        if typed and self.nargs is None:
            self.nargs = 1
        elif not typed and self.nargs is not None:
            raise OptionError(f"'nargs' must not be supplied for action {self.action!r}", self)

    def _check_callback(self):
        function, extra, named = self.callback, self.callback_args, self.callback_kwargs
        if self.action != 'callback':
            if function is not None:
                raise OptionError(f'callback supplied ({function!r}) for non-callback option', self)
            for what, value in (('callback_args', extra), ('callback_kwargs', named)):
                if value is not None:
                    raise OptionError(what + ' supplied for non-callback option', self)
            return
        if not callable(function):
            raise OptionError(f'callback not callable: {self.callback!r}', self)
        if self.callback_args is not None and not isinstance(self.callback_args, tuple):
            raise OptionError(f'callback_args, if supplied, must be a tuple: not {self.callback_args!r}', self)
        if self.callback_kwargs is not None and not isinstance(self.callback_kwargs, dict):
            raise OptionError(f'callback_kwargs, if supplied, must be a dict: not {self.callback_kwargs!r}',
                              self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest, _check_const,
                     _check_nargs, _check_callback]

    def __str__(self):
        return '/'.join(self._short_opts + self._long_opts)

    __repr__ = _address_repr

    def takes_value(self):
        return not self.type is None

    def get_opt_string(self):
        return self._long_opts[0] if self._long_opts else self._short_opts[0]

    def check_value(self, opt, value):
        check = self.TYPE_CHECKER.get(self.type)
        return value if check is None else check(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs != 1:
            return tuple([self.check_value(opt, item) for item in value])
        return self.check_value(opt, value)

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        stored = {'store': value, 'store_const': self.const, 'store_true': True, 'store_false': False}
        if action in stored:
            setattr(values, dest, stored[action])
        elif action in ('append', 'append_const'):
            values.ensure_value(dest, []).append(value if action == 'append' else self.const)
        elif action == 'count':
            so_far = values.ensure_value(dest, 0)
            setattr(values, dest, so_far + 1)
        elif action == 'callback':
            self.callback(self, opt, value, parser, *(self.callback_args or ()), **(self.callback_kwargs or {}))
        elif action in ('help', 'version'):
            if action == 'help':
                parser.print_help()
            else:
                parser.print_version()
            parser.exit()
        else:
            raise ValueError(f'unknown action {self.action!r}')
        return 1


SUPPRESS_HELP = 'SUPPRESS' + 'HELP'
SUPPRESS_USAGE = 'SUPPRESS' + 'USAGE'


class Values:
    def __init__(self, defaults=None):
        if defaults:
            for name, value in defaults.items():
                setattr(self, name, value)

    def __str__(self):
        return str(self.__dict__)

    __repr__ = _address_repr

    def __eq__(self, other):
        mine = vars(self)
        if isinstance(other, Values):
            return mine == vars(other)
        return mine == other if isinstance(other, dict) else NotImplemented

    def _update_careful(self, dict):
        # Only names this object has already, and only values that are not None.
        for name in dir(self):
            if name in dict and dict[name] is not None:
                setattr(self, name, dict[name])

    def _update_loose(self, dict):
        vars(self).update(dict)

    def _update(self, dict, mode):
        updaters = {'careful': self._update_careful, 'loose': self._update_loose}
        if mode not in updaters:
            raise ValueError(f'invalid update mode: {mode!r}')
        updaters[mode](dict)

    def read_module(self, modname, mode='careful'):
        __import__(modname)
        self._update(vars(_sys.modules[modname]), mode)

    def read_file(self, filename, mode='careful'):
        namespace = {}
        with open(filename) as f:
            exec(f.read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        # Set attr to value unless it holds something other than None already.
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


class OptionContainer:
    def __init__(self, option_class, conflict_handler, description):
        self.option_class = option_class
        self._create_option_list()
        self.set_description(description)
        self.set_conflict_handler(conflict_handler)

    def _create_option_mappings(self):
        # Option string -> Option (short ones, long ones), and dest -> default value.
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def _share_option_mappings(self, parser):
        # A group's options are its parser's: one table of strings and defaults for all.
        self._short_opt, self._long_opt, self.defaults = parser._short_opt, parser._long_opt, parser.defaults

    def get_description(self):
        return self.description

    def set_description(self, description):
        self.description = description

    def set_conflict_handler(self, handler):
        # What adding an option whose string is taken does: raise, or take the string over.
        if handler in ('error', 'resolve'):
            self.conflict_handler = handler
        else:
            raise ValueError(f'invalid conflict_resolution value {handler!r}')

    def destroy(self):
        del self._short_opt
        del self._long_opt
        del self.defaults

    def _check_conflict(self, option):
        clashes = [(s, self._short_opt[s]) for s in option._short_opts if s in self._short_opt]
        clashes += [(s, self._long_opt[s]) for s in option._long_opts if s in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == 'error':
            raise OptionConflictError('conflicting option string(s): ' + ', '.join(s for s, _o in clashes),
                                      option)
        if self.conflict_handler == 'resolve':
            # The newer option takes the string over; an older one left with none goes away.
            for string, older in clashes:
                if string.startswith('--'):
                    older._long_opts.remove(string)
                    del self._long_opt[string]
                else:
                    older._short_opts.remove(string)
                    del self._short_opt[string]
                if not older._short_opts and not older._long_opts:
                    older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        # Either the strings and keywords of a new option, or an Option made already.
        if isinstance(args[0], str):
            option = self.option_class(*args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError('invalid arguments')
        elif isinstance(args[0], Option):
            option = args[0]
        else:
            raise TypeError(f'not an Option instance: {args[0]!r}')
        self._check_conflict(option)
        option.container = self
        self.option_list += [option]
        self._short_opt.update(dict.fromkeys(option._short_opts, option))
        self._long_opt.update(dict.fromkeys(option._long_opts, option))
        dest = option.dest
        if dest is not None:
            # An option without a default of its own leaves one another option gave.
            if option.default is NO_DEFAULT:
                self.defaults.setdefault(dest, None)
            else:
                self.defaults[dest] = option.default
        return option

    def add_options(self, option_list):
        for each in option_list:
            self.add_option(each)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        found = self._short_opt.get(opt_str)
        if found is None:
            found = self._long_opt.get(opt_str)
            if found is None:
                raise ValueError(f'no such option {opt_str!r}')
        for table, strings in ((self._short_opt, found._short_opts), (self._long_opt, found._long_opts)):
            for string in strings:
                del table[string]
        found.container.option_list.remove(found)

    def format_option_help(self, formatter):
        return ''.join(formatter.format_option(o) for o in self.option_list if o.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        text = self.get_description()
        return formatter.format_description(text)

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return '\n'.join(parts)


class OptionGroup(OptionContainer):
    def __init__(self, parser, title, description=None):
        self.parser = parser
        super().__init__(parser.option_class, parser.conflict_handler, description)
        self.title = title

    def set_title(self, title):
        self.title = title

    def _create_option_list(self):
        self._share_option_mappings(self.parser)
        self.option_list = []

    def destroy(self):
        super().destroy()
        del self.option_list

    def format_help(self, formatter):
        text = formatter.format_heading(self.title)
        formatter.indent()
        text += OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return text


class OptionParser(OptionContainer):
    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler='error', description=None, formatter=None, add_help_option=True,
                 prog=None, epilog=None):
        super().__init__(option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.allow_interspersed_args = self.process_default_values = True
        if formatter is None:
            formatter = IndentedHelpFormatter()
        formatter.set_parser(self)
        self.formatter = formatter
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def _create_option_list(self):
        self._create_option_mappings()
        self.option_list, self.option_groups = [], []

    def destroy(self):
        # Breaks the parser's cycles (options -> container -> options); it cannot be used after.
        super().destroy()
        for each in self.option_groups:
            each.destroy()
        del self.option_list, self.option_groups, self.formatter

    def _add_help_option(self):
        self.add_option('-h', '--help', action='help', help=_('show this help message and exit'))

    def _add_version_option(self):
        self.add_option('--version', action='version', help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        # The class's standard options, the ones given, then --version and -h/--help.
        for given in (self.standard_option_list, option_list):
            if given:
                self.add_options(given)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    # What parse_args works on while it runs (None outside).
    def _init_parsing_state(self):
        self.rargs = self.largs = self.values = None

    def set_usage(self, usage):
        if usage is None:
            self.usage = _('%prog [options]')
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith('usage: '):
            self.usage = usage[len('usage: '):]
        else:
            self.usage = usage

    # Whether options may follow positional arguments (-a x -b), or the first positional one ends them.
    def disable_interspersed_args(self):
        self.allow_interspersed_args = False

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def set_default(self, dest, value):
        self.defaults.update({dest: value})

    def set_process_default_values(self, process):
        self.process_default_values = process

    def _get_all_options(self):
        return [*self.option_list, *(o for g in self.option_groups for o in g.option_list)]

    def get_default_values(self):
        if not self.process_default_values:
            return Values(self.defaults)
        # A default given as a string goes through its option's type, as a command line's would.
        converted = self.defaults.copy()
        for option in self._get_all_options():
            value = converted.get(option.dest)
            if isinstance(value, str):
                converted[option.dest] = option.check_value(option.get_opt_string(), value)
        return Values(converted)

    def add_option_group(self, *args, **kwargs):
        if isinstance(args[0], str):
            group = OptionGroup(self, *args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError('invalid arguments')
        elif not isinstance(args[0], OptionGroup):
            raise TypeError(f'not an OptionGroup instance: {args[0]!r}')
        elif args[0].parser is not self:
            raise ValueError('invalid OptionGroup (wrong parser)')
        else:
            group = args[0]
        self.option_groups += [group]
        return group

    def get_option_group(self, opt_str):
        option = self._short_opt.get(opt_str) or self._long_opt.get(opt_str)
        return option.container if option and option.container is not self else None

    def _get_args(self, args):
        return _sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        # rargs: what is left to read; largs: positional arguments passed over (callbacks see both).
        self.rargs = remaining = self._get_args(args)
        self.largs = skipped = []
        self.values = values = self.get_default_values() if values is None else values
        try:
            self._process_args(skipped, remaining, values)
        except (OptionValueError, BadOptionError) as problem:
            self.error(str(problem))
        return self.check_values(values, skipped + remaining)

    def check_values(self, values, args):
        return (values, args)

    def _process_args(self, largs, rargs, values):
        while rargs:
            head = rargs[0]
            if head == '--':
                rargs.pop(0)
                break
            if head[:2] == '--':
                self._process_long_opt(rargs, values)
            elif head[:1] == '-' and len(head) > 1:
                self._process_short_opts(rargs, values)
            elif not self.allow_interspersed_args:
                break
            else:
                largs.append(rargs.pop(0))

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        # The option's nargs arguments from the front of rargs: one string, or a tuple of them.
        count = option.nargs
        if len(rargs) < count:
            self.error(_ngettext('%(option)s option requires %(number)d argument',
                                 '%(option)s option requires %(number)d arguments',
                                 count) % {'option': opt, 'number': count})
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _process_long_opt(self, rargs, values):
        # --name, --name=value, or an unambiguous beginning of a name (--verb for --verbose).
        name, equals, attached = rargs.pop(0).partition('=')
        if equals:
            rargs.insert(0, attached)
        name = self._match_long_opt(name)
        target = self._long_opt[name]
        if target.takes_value():
            value = self._take_values(target, name, rargs)
        elif equals:
            self.error(_('%s option does not take a value') % name)
        else:
            value = None
        target.process(name, value, values, self)

    def _process_short_opts(self, rargs, values):
        # A cluster such as -vvx or -ffile: each letter an option until one takes a value, which
        # is the rest of the cluster or the next argument(s).
        cluster = rargs.pop(0)
        for pos in range(1, len(cluster)):
            flag = '-' + cluster[pos]
            target = self._short_opt.get(flag)
            if not target:
                raise BadOptionError(flag)
            rest = cluster[pos + 1:]
            wants_value = target.takes_value()
            if wants_value and rest:
                rargs.insert(0, rest)
            value = self._take_values(target, flag, rargs) if wants_value else None
            target.process(flag, value, values, self)
            if wants_value and rest:
                break

    def get_prog_name(self):
        return _os.path.basename(_sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s):
        return s.replace('%prog', self.get_prog_name())

    def get_description(self):
        text = self.description
        return self.expand_prog_name(text)

    def exit(self, status=0, msg=None):
        if msg:
            _sys.stderr.write(msg)
        _sys.exit(status)

    def error(self, msg):
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.get_prog_name()}: error: {msg}\n')

    def get_usage(self):
        return self.formatter.format_usage(self.expand_prog_name(self.usage)) if self.usage else ''

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ''

    # Usage and version go to stdout unless a file is given (error() gives stderr), with print's newline.
    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        formatter = formatter or self.formatter
        formatter.store_option_strings(self)
        sections = [formatter.format_heading(_('Options'))]
        formatter.indent()
        blocks = []
        if self.option_list:
            blocks.append(OptionContainer.format_option_help(self, formatter))
        blocks += [group.format_help(formatter) for group in self.option_groups]
        formatter.dedent()
        # Nothing to list: not even the heading.
        return sections[0] + '\n'.join(blocks) if blocks else ''

    def format_epilog(self, formatter):
        text = self.epilog
        return formatter.format_epilog(text)

    def format_help(self, formatter=None):
        formatter = formatter or self.formatter
        text = ''
        if self.usage:
            text += self.get_usage() + '\n'
        if self.description:
            text += self.format_description(formatter) + '\n'
        return text + self.format_option_help(formatter) + self.format_epilog(formatter)

    def print_help(self, file=None):
        (_sys.stdout if file is None else file).write(self.format_help())


def _match_abbrev(s, wordmap):
    if s in wordmap:
        return s
    candidates = [word for word in wordmap if word.startswith(s)]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise BadOptionError(s)
    raise AmbiguousOptionError(s, sorted(candidates))


make_option = Option
