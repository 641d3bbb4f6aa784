# `argparse` for programs run without command-line arguments (sys.argv is ['main.py']): parsers,
# arguments with their defaults, types, choices and actions, groups, mutually exclusive groups,
# subcommands (add_subparsers/add_parser), parse_args on an explicit list, usage and help text
# laid out as CPython's HelpFormatter lays out short help, and errors that print the usage and
# exit with status 2.

import re
import sys
import textwrap

__all__ = ['ArgumentParser', 'Namespace', 'ArgumentError', 'ArgumentTypeError', 'SUPPRESS',
           'OPTIONAL', 'ZERO_OR_MORE', 'ONE_OR_MORE', 'REMAINDER', 'HelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'BooleanOptionalAction']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
REMAINDER = '...'

_WIDTH = 78
_HELP_POSITION = 24


class HelpFormatter:
    pass


class RawDescriptionHelpFormatter(HelpFormatter):
    pass


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    pass


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    pass


class BooleanOptionalAction:
    # A marker: add_argument(action=BooleanOptionalAction) makes a flag with a '--no-' twin for each
    # long spelling ('boolean_optional' below); it is not an Action class of its own here.
    pass


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = None if argument is None else argument.name()
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f'argument {self.argument_name}: {self.message}'


class ArgumentTypeError(Exception):
    pass


class Namespace:
    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        parts = [f'{name}={value!r}' for name, value in vars(self).items()]
        return f"Namespace({', '.join(parts)})"

    def __eq__(self, other):
        # Two namespaces are equal when they hold the same attributes; anything else is not ours to judge.
        return vars(self) == vars(other) if isinstance(other, Namespace) else NotImplemented

    def __contains__(self, key):
        return key in vars(self)


class _Argument:
    def __init__(self, option_strings, dest, action='store', nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings, self.dest, self.action = option_strings, dest, action
        self.nargs, self.const, self.default, self.type = nargs, const, default, type
        self.choices, self.required, self.help, self.metavar = choices, required, help, metavar
        self.mutex = None
        self.container = None  # the titled argument group whose help section lists it

    def name(self):
        """How errors name the argument: its spellings, metavar, dest or choices."""
        if self.option_strings:
            return '/'.join(self.option_strings)
        if self.metavar not in (None, SUPPRESS):
            return self.metavar
        if self.dest not in (None, SUPPRESS):
            return self.dest
        return '{' + ','.join(str(c) for c in self.choices) + '}'

    def takes_value(self):
        return self.action in ('store', 'append')

    def shown_metavar(self):
        if self.metavar is not None:
            return self.metavar
        if self.choices is not None:
            return '{' + ','.join(str(c) for c in self.choices) + '}'
        return self.dest if not self.option_strings else self.dest.upper()

    def value_part(self):
        m = self.shown_metavar()
        if isinstance(m, tuple):
            # one name per value (metavar=('K', 'V') with nargs=2)
            return ' '.join(m)
        if self.nargs is None:
            return m
        if self.nargs == OPTIONAL:
            return f'[{m}]'
        if self.nargs == ZERO_OR_MORE:
            return f'[{m} ...]'
        if self.nargs == ONE_OR_MORE:
            return f'{m} [{m} ...]'
        if isinstance(self.nargs, int):
            return ' '.join([m] * self.nargs)
        return m


class _Group:
    def __init__(self, parser, title=None, description=None, required=False):
        self._parser = parser
        self.title = title
        self.description = description
        self.required = required

    def add_argument(self, *names, **kwargs):
        argument = self._parser.add_argument(*names, **kwargs)
        argument.container = self
        return argument

    def add_argument_group(self, *args, **kwargs):
        # a nested group (deprecated) is not one of the parser's: its arguments get no help section
        return _Group(self._parser, *args, **kwargs)

    def add_mutually_exclusive_group(self, required=False):
        return self._parser.add_mutually_exclusive_group(required, self)


# a negative number is a value, not an option, unless an option looks like one
_NEGATIVE_NUMBER = re.compile(r'^-\d+$|^-\d*\.\d+$')


def _nargs_pattern(a):
    """The strings a positional takes, as a pattern over 'A' (value), 'O' (option) and '-' ('--')."""
    if a.nargs is None:
        return '(-*A-*)'
    if a.nargs == OPTIONAL:
        return '(-*A?-*)'
    if a.nargs == ZERO_OR_MORE:
        return '(-*[A-]*)'
    if a.nargs == ONE_OR_MORE:
        return '(-*A[A-]*)'
    if a.nargs == 'A...':
        return '(-*A[-AO]*)'
    return '(-*' + '-*'.join('A' * a.nargs) + '-*)'


def _match_partial(positionals, pattern):
    """How many strings each of the longest leading run of positionals takes at the pattern's start."""
    for k in range(len(positionals), 0, -1):
        m = re.match(''.join(_nargs_pattern(a) for a in positionals[:k]), pattern)
        if m is not None:
            counts = [len(g) for g in m.groups()]
            if sys.version_info >= (3, 14) and pattern[m.end():m.end() + 1] == 'O':
                # 3.14: a positional that would take nothing just before an option waits for later strings
                while counts and not counts[-1]:
                    counts.pop()
            return counts
    return []


def _invalid_choice(value, choices):
    if sys.version_info >= (3, 14):
        # 3.14 quotes the value as text and lists the choices bare
        return f"invalid choice: {str(value)!r} (choose from {', '.join(str(c) for c in choices)})"
    return f"invalid choice: {value!r} (choose from {', '.join(repr(c) for c in choices)})"


def _option_usage(a):
    if a.action == 'boolean_optional':
        # both spellings, as its format_usage gives them: '--shout | --no-shout'
        return ' | '.join(a.option_strings)
    part = a.option_strings[0]
    if a.takes_value():
        part += ' ' + a.value_part()
    return part


class _MutuallyExclusiveGroup(_Group):
    def __init__(self, parser, required=False, container=None):
        super().__init__(parser, required=required)
        self.actions = []
        self._container = container

    def add_argument(self, *names, **kwargs):
        argument = self._parser.add_argument(*names, **kwargs)
        argument.container = self._container
        if argument.required:
            raise ValueError('mutually exclusive arguments must be optional')
        argument.mutex = self
        self.actions.append(argument)
        return argument

    def add_mutually_exclusive_group(self, required=False):
        return self._parser.add_mutually_exclusive_group(required, self._container)


class _SubParsersAction(_Argument):
    """The subcommand argument: its first value names a parser, which parses the rest."""

    def __init__(self, parent, dest=SUPPRESS, required=False, help=None, metavar=None, title=None,
                 description=None, prog=None):
        super().__init__([], dest, 'parsers', 'A...', None, None, None, {}, required, help, metavar)
        self._parent = parent
        self.title = title
        self.description = description
        positionals = [a.value_part() for a in parent._arguments if not a.option_strings]
        self._prog_prefix = prog if prog is not None else ' '.join([parent.prog] + positionals)
        self.listed = []

    def value_part(self):
        return self.shown_metavar() + ' ...'

    def add_parser(self, name, *, aliases=(), help=None, **kwargs):
        kwargs.setdefault('prog', f'{self._prog_prefix} {name}')
        for n in [name, *aliases]:
            if n in self.choices:
                raise ArgumentError(self, f'conflicting subparser: {n}')
        parser = ArgumentParser(**kwargs)
        self.choices[name] = parser
        for alias in aliases:
            self.choices[alias] = parser
        if help is not None:
            shown = f"{name} ({', '.join(aliases)})" if aliases else name
            self.listed.append((shown, help))
        return parser


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        self.prog = prog if prog is not None else sys.argv[0].rsplit('/', 1)[-1]
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.argument_default = argument_default
        self.exit_on_error = exit_on_error
        self.formatter_class = formatter_class
        self.allow_abbrev = allow_abbrev
        self._arguments = []
        self._defaults = {}
        self._mutex_groups = []
        self._groups = []  # titled argument groups, each a help section after 'options'
        self._subparsers = None
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._arguments.extend(a for a in parent._arguments if a.action != 'help')

    # ---------------------------------------------------------------- declaring
    def add_argument(self, *names, **kwargs):
        if not names or not names[0].startswith('-'):
            if len(names) > 1:
                raise ValueError('invalid option string: must start with a character \'-\'')
            dest = kwargs.pop('dest', None) or names[0]
            options = []
            if kwargs.get('nargs') in (OPTIONAL, ZERO_OR_MORE):
                kwargs.setdefault('required', False)
            else:
                kwargs.setdefault('required', True)
        else:
            options = list(names)
            dest = kwargs.pop('dest', None)
            if dest is None:
                long = [n for n in names if n.startswith('--')]
                dest = (long[0] if long else names[0]).lstrip('-').replace('-', '_')
        if kwargs.get('nargs') == REMAINDER:
            raise NotImplementedError('argparse nargs=REMAINDER is not simulated in Loopline')
        if 'default' not in kwargs and dest in self._defaults:
            # set_defaults before the argument: its value is the argument's default (store_true's too)
            kwargs['default'] = self._defaults[dest]
        action = kwargs.pop('action', 'store')
        if action == 'store_true':
            action, kwargs['const'] = 'store_const', True
            kwargs.setdefault('default', False)
        elif action == 'store_false':
            action, kwargs['const'] = 'store_const', False
            kwargs.setdefault('default', True)
        elif action == 'version':
            self._version = kwargs.pop('version', None)
            kwargs.setdefault('default', SUPPRESS)
            kwargs.setdefault('help', "show program's version number and exit")
        elif isinstance(action, type) and issubclass(action, BooleanOptionalAction):
            # each long spelling gets its negative after it: --cache, --no-cache (dest from the first)
            options = [o for name in options for o in ([name, '--no-' + name[2:]] if name.startswith('--') else [name])]
            for unused in ('type', 'choices', 'metavar'):
                kwargs.pop(unused, None)
            action = 'boolean_optional'
        elif action not in ('store', 'store_const', 'append', 'append_const', 'count', 'help', 'extend'):
            raise NotImplementedError(f'argparse action {action!r} is not simulated in Loopline')
        if 'default' not in kwargs:
            kwargs['default'] = self.argument_default
        extend = action == 'extend'
        if extend:
            action = 'append'
        argument = _Argument(options, dest, action, **kwargs)
        # 'append' adds the values as one item (a list with nargs), 'extend' adds each
        argument.extend = extend
        self._arguments.append(argument)
        return argument

    def add_argument_group(self, title=None, description=None):
        group = _Group(self, title, description)
        self._groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False, container=None):
        group = _MutuallyExclusiveGroup(self, required, container)
        self._mutex_groups.append(group)
        return group

    def add_subparsers(self, *, title=None, description=None, prog=None, dest=SUPPRESS,
                       required=False, help=None, metavar=None, parser_class=None, action=None):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        action = _SubParsersAction(self, dest, required, help, metavar, title, description, prog)
        if title is not None or description is not None:
            action.container = self.add_argument_group(title or 'subcommands', description)
        self._subparsers = action
        self._arguments.append(action)
        return action

    def set_defaults(self, **kwargs):
        # an argument with that dest takes the value as its own default, so parsing starts from it
        self._defaults.update(kwargs)
        for a in self._arguments:
            if a.dest in kwargs:
                a.default = kwargs[a.dest]

    @property
    def _actions(self):
        # CPython's list of the parser's actions, which programs read to find a subparsers action
        return self._arguments

    def get_default(self, dest):
        for a in self._arguments:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest)

    # ---------------------------------------------------------------- parsing
    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            message = 'unrecognized arguments: ' + ' '.join(extras)
            if self.exit_on_error or sys.version_info < (3, 13):
                self.error(message)
            raise ArgumentError(None, message)
        return namespace

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: ' + ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # options first, wherever they stand; then the positionals from the strings left over
        if self._subparsers is not None:
            raise TypeError('parse_intermixed_args: positional arg with nargs=A...')
        return self.parse_known_args(args, namespace, _intermixed=True)

    def parse_known_args(self, args=None, namespace=None, _intermixed=False):
        args = list(sys.argv[1:] if args is None else args)
        ns = Namespace() if namespace is None else namespace
        for a in self._arguments:
            if a.default is not SUPPRESS and a.dest is not SUPPRESS and not hasattr(ns, a.dest):
                setattr(ns, a.dest, a.default)
        for k, v in self._defaults.items():
            if not hasattr(ns, k):
                setattr(ns, k, v)
        if not self.exit_on_error:
            return self._parse_known_args(args, ns, _intermixed)
        try:
            return self._parse_known_args(args, ns, _intermixed)
        except ArgumentError as e:
            self.error(str(e))

    def _is_option(self, arg, by_option, negative_like):
        """Whether a command-line string is an option string ('O' in CPython's pattern), known or not."""
        if not arg.startswith('-') or arg == '-':
            return False
        if arg in by_option or arg.partition('=')[0] in by_option:
            return True
        if not arg.startswith('--') and arg[:2] in by_option:
            return True
        if arg.startswith('--') and self.allow_abbrev and any(o.startswith(arg.partition('=')[0]) for o in by_option):
            return True
        if _NEGATIVE_NUMBER.match(arg) and not negative_like:
            return False
        return ' ' not in arg

    def _parse_known_args(self, args, ns, intermixed):
        # CPython's scheme: each string is an option string (O), a value (A) or '--' (-); options
        # and runs of values alternate, and each run gives as many positionals as match its start
        # (each positional's nargs a pattern over the rest of the strings, greedy).
        by_option = {o: a for a in self._arguments for o in a.option_strings}
        negative_like = any(_NEGATIVE_NUMBER.match(o) for o in by_option)
        kinds = []
        for arg in args:
            if kinds and '-' in kinds:
                kinds.append('A')
            elif arg == '--':
                kinds.append('-')
            else:
                kinds.append('O' if self._is_option(arg, by_option, negative_like) else 'A')
        pattern = ''.join(kinds)
        positionals = [a for a in self._arguments if not a.option_strings]
        seen = set()
        self._set = set()
        extras = []
        sub_extras = []
        deferred = []

        def consume_positionals(start):
            if intermixed:
                run = start
                while run < len(args) and pattern[run] != 'O':
                    run += 1
                deferred.extend(args[start:run])
                return run
            counts = _match_partial(positionals, pattern[start:])
            for a, count in zip(positionals, counts):
                self._take_positional(ns, a, args[start:start + count], pattern[start:start + count],
                                      seen, sub_extras)
                start += count
            del positionals[:len(counts)]
            return start

        def consume_optional(i):
            arg = args[i]
            name, eq, attached = arg.partition('=')
            explicit = attached if eq and name in by_option else None
            a = by_option.get(arg) or (by_option.get(name) if eq else None)
            used = arg if arg in by_option else name  # the spelling given (a flag may ask which)
            combined = False
            if a is None and not arg.startswith('--') and len(arg) > 2 and arg[:2] in by_option:
                # -vv is -v -v; -n3 is -n 3
                a, explicit, combined = by_option[arg[:2]], arg[2:], True
                used = arg[:2]
            elif a is None and arg.startswith('--') and self.allow_abbrev:
                # a unique prefix of a long option names it
                matches = [o for o in by_option if o.startswith('--') and o.startswith(name)]
                if len(matches) > 1:
                    raise ArgumentError(None, f"ambiguous option: {name} could match {', '.join(matches)}")
                if matches:
                    a = by_option[matches[0]]
                    used = matches[0]
                    explicit = attached if eq else None
            if a is None:
                extras.append(arg)
                return i + 1
            i += 1
            while a.action in ('store_const', 'append_const', 'count', 'help', 'version', 'boolean_optional'):
                if explicit is not None and not combined:
                    raise ArgumentError(a, f'ignored explicit argument {explicit!r}')
                self._flag(ns, a, seen, used)
                if explicit is None:
                    return i
                following = '-' + explicit[0]
                rest = explicit[1:] or None
                if following not in by_option:
                    if sys.version_info >= (3, 13):
                        extras.append(following + (rest or ''))
                        return i
                    raise ArgumentError(a, f'ignored explicit argument {explicit!r}')
                a, explicit, used = by_option[following], rest, following
                if explicit is not None and explicit.startswith('='):
                    explicit, combined = explicit[1:], False
            seen.add(a)
            if explicit is not None:
                raw = [explicit]
            else:
                raw = []
                want = 1 if a.nargs in (None, OPTIONAL) else a.nargs
                while i < len(args) and pattern[i] == 'A' and (
                        want in (ZERO_OR_MORE, ONE_OR_MORE) or len(raw) < want):
                    raw.append(args[i])
                    i += 1
                if a.nargs is None and not raw:
                    raise ArgumentError(a, 'expected one argument')
                if a.nargs == ONE_OR_MORE and not raw:
                    raise ArgumentError(a, 'expected at least one argument')
                if isinstance(a.nargs, int) and len(raw) < a.nargs:
                    plural = '' if a.nargs == 1 else 's'
                    raise ArgumentError(a, f'expected {a.nargs} argument{plural}')
            value = self._convert(a, raw)
            if a.action == 'append':
                extend = a.extend and isinstance(value, list)
                value = (getattr(ns, a.dest) or []) + (value if extend else [value])
            self._take(ns, a, value)
            return i

        last_option = pattern.rfind('O')
        i = 0
        while i <= last_option:
            following = pattern.find('O', i)
            if i != following:
                end = consume_positionals(i)
                if end > i:
                    i = end
                    continue
            if pattern[i] != 'O':
                extras.extend(args[i:following])
                i = following
            i = consume_optional(i)
        stop = consume_positionals(i)
        extras.extend(args[stop:])
        if intermixed:
            # the positionals take the strings the options left, as one run
            pattern = 'A' * len(deferred)
            args = deferred
            intermixed = False
            stop = consume_positionals(0)
            extras = args[stop:] + extras
        for a in self._arguments:
            # a string default of an argument not given is converted, as if it had been given
            if (a not in seen and isinstance(a.default, str) and a.type is not None
                    and getattr(ns, a.dest, None) is a.default):
                setattr(ns, a.dest, self._value(a, a.default))
        missing = [a.name() for a in self._arguments if a.required and a not in seen]
        if missing:
            self._late_error('the following arguments are required: ' + ', '.join(missing))
        for group in self._mutex_groups:
            if group.required and not any(a in self._set for a in group.actions):
                names = ' '.join(a.name() for a in group.actions if a.help is not SUPPRESS)
                self._late_error(f'one of the arguments {names} is required')
        return ns, extras + sub_extras

    def _late_error(self, message):
        # the checks after parsing: an ArgumentError from 3.13 on (exit_on_error=False raises it)
        if sys.version_info < (3, 13):
            self.error(message)
        raise ArgumentError(None, message)

    def _flag(self, ns, a, seen, used):
        """An option that takes no value (given as `used`): a constant, a count, a switch, help or version."""
        seen.add(a)
        if a.action == 'help':
            self.print_help()
            sys.exit(0)
        if a.action == 'version':
            # the version string is help text: %(prog)s filled in, then (unless the formatter keeps
            # descriptions raw) its whitespace collapsed and the text wrapped to the help's width
            text = str(getattr(self, '_version', None))
            if '%(prog)' in text:
                text = text % {'prog': self.prog}
            if not issubclass(self.formatter_class, RawDescriptionHelpFormatter):
                text = textwrap.fill(' '.join(text.split()), _WIDTH)
            print(text)
            sys.exit(0)
        # a flag given counts as present in its group whatever it stores (CPython compares its
        # empty list of strings with the default: never the same object)
        if a.action == 'store_const':
            self._take(ns, a, a.const, True)
        elif a.action == 'append_const':
            self._take(ns, a, (getattr(ns, a.dest) or []) + [a.const], True)
        elif a.action == 'count':
            self._take(ns, a, (getattr(ns, a.dest) or 0) + 1, True)
        elif a.action == 'boolean_optional':
            self._take(ns, a, not used.startswith('--no-'), True)

    def _take_positional(self, ns, a, raw, kinds, seen, sub_extras):
        raw = list(raw)
        # the first '--' is dropped from a positional's strings (not a subcommand's before 3.14); 3.14
        # drops it only where it separated options from values, not a '--' given as a value after that
        if sys.version_info >= (3, 14):
            if '-' in (kinds[:1] if a.nargs == 'A...' else kinds):
                raw.remove('--')
        elif a.nargs != 'A...' and '--' in raw:
            raw.remove('--')
        seen.add(a)
        if a is self._subparsers:
            command = raw[0]
            if command not in a.choices:
                raise ArgumentError(a, _invalid_choice(command, a.choices))
            if a.dest is not SUPPRESS:
                setattr(ns, a.dest, command)
            sub_ns, more = a.choices[command].parse_known_args(raw[1:])
            for k, v in vars(sub_ns).items():
                setattr(ns, k, v)
            sub_extras.extend(more)
        elif raw:
            self._take(ns, a, self._convert(a, raw))
        elif a.nargs == OPTIONAL:
            value = a.default
            if isinstance(value, str) and a.type is not None:
                value = self._value(a, value)
            if value is not SUPPRESS:
                self._take(ns, a, value)
        elif a.nargs == ZERO_OR_MORE:
            self._take(ns, a, a.default if a.default is not None else [])

    def _take(self, ns, a, value, flag=False):
        """Store an option's value; a value other than its default (or a flag) excludes its group's others."""
        if flag or value is not a.default:
            self._set.add(a)
            if a.mutex is not None:
                for other in a.mutex.actions:
                    if other is not a and other in self._set:
                        raise ArgumentError(a, f'not allowed with argument {other.name()}')
        setattr(ns, a.dest, value)

    def _convert(self, a, raw):
        values = [self._value(a, text) for text in raw]
        if a.nargs in (None, OPTIONAL):
            return values[0] if values else a.const
        return values

    def _value(self, a, text):
        """One string converted by the argument's type and checked against its choices."""
        value = text
        if a.type is not None:
            try:
                value = a.type(text)
            except ArgumentTypeError as e:
                raise ArgumentError(a, str(e))
            except (TypeError, ValueError):
                kind = getattr(a.type, '__name__', repr(a.type))
                raise ArgumentError(a, f'invalid {kind} value: {text!r}')
        if a.choices is not None and value not in a.choices:
            raise ArgumentError(a, _invalid_choice(value, a.choices))
        return value

    # ---------------------------------------------------------------- text
    def format_usage(self):
        prefix = 'usage: '
        if self.usage is not None:
            return prefix + self.usage % {'prog': self.prog} + '\n'
        opt_parts = []
        for a in self._arguments:
            # an argument whose help is suppressed is left out of the usage too
            if not a.option_strings or a.help == SUPPRESS:
                continue
            group = a.mutex
            if group is not None and len(group.actions) > 1:
                if a is group.actions[0]:
                    inner = ' | '.join(_option_usage(m) for m in group.actions)
                    opt_parts.append(f'({inner})' if group.required else f'[{inner}]')
                continue
            part = _option_usage(a)
            required = a.required or (group is not None and group.required)
            opt_parts.append(part if required else f'[{part}]')
        pos_parts = [a.value_part() for a in self._arguments if not a.option_strings and a.help != SUPPRESS]
        usage = ' '.join([self.prog] + opt_parts + pos_parts)
        if len(prefix) + len(usage) > _WIDTH:
            usage = '\n'.join(self._wrapped_usage(prefix, opt_parts, pos_parts))
        return prefix + usage + '\n'

    def _wrapped_usage(self, prefix, opt_parts, pos_parts):
        # Packs the parts into lines of at most _WIDTH characters, as HelpFormatter does: after the
        # program name when it is short (optionals first, positionals from a fresh line), else below it.
        def lines_of(parts, indent, first_prefix=None):
            lines, line = [], []
            size = (len(first_prefix) if first_prefix is not None else len(indent)) - 1
            for part in parts:
                if size + 1 + len(part) > _WIDTH and line:
                    lines.append(indent + ' '.join(line))
                    line, size = [], len(indent) - 1
                line.append(part)
                size += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        prog = self.prog
        if len(prefix) + len(prog) <= 0.75 * _WIDTH:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                return lines_of([prog] + opt_parts, indent, prefix) + lines_of(pos_parts, indent)
            if pos_parts:
                return lines_of([prog] + pos_parts, indent, prefix)
            return [prog]
        indent = ' ' * len(prefix)
        lines = lines_of(opt_parts + pos_parts, indent)
        if len(lines) > 1:
            lines = lines_of(opt_parts, indent) + lines_of(pos_parts, indent)
        return [prog] + lines

    def format_help(self):
        rows = []  # (argument, indent, invocation, help text)
        for a in self._arguments:
            if a.help == SUPPRESS:
                continue
            if a.option_strings:
                if a.takes_value():
                    if sys.version_info >= (3, 13):
                        # 3.13 names the value once, after the last spelling: '-n, --workers WORKERS'.
                        invocation = ', '.join(a.option_strings) + ' ' + a.value_part()
                    else:
                        v = a.value_part()
                        invocation = ', '.join(f'{o} {v}' for o in a.option_strings)
                else:
                    invocation = ', '.join(a.option_strings)
            else:
                invocation = a.shown_metavar()
            text = ''
            if a.help:
                shown = a.help
                # ArgumentDefaultsHelpFormatter: the default after the help of an option, or of a
                # positional that may be left out, unless the help names it already or it is suppressed
                if (issubclass(self.formatter_class, ArgumentDefaultsHelpFormatter) and '%(default)' not in shown
                        and a.default is not SUPPRESS and (a.option_strings or a.nargs in (OPTIONAL, ZERO_OR_MORE))):
                    shown += ' (default: %(default)s)'
                text = shown % {'default': a.default, 'prog': self.prog, 'dest': a.dest}
            rows.append((a, 2, invocation, text))
            if a is self._subparsers:
                # each subcommand added with a help, one level in
                rows.extend((a, 4, label, text) for label, text in a.listed)
        # 3.13 measures a subcommand at its own indent; 3.11 and 3.12 at the indent of the
        # subparsers' row, so a long one may not fit beside its help after all.
        nested = 4 if sys.version_info >= (3, 13) else 2
        longest = max([min(indent, nested) + len(inv) for _, indent, inv, _ in rows] or [0])
        help_position = min(longest + 2, _HELP_POSITION)
        help_width = max(_WIDTH - help_position, 11)

        def section(title, members, description=None):
            lines = [f'{title}:']
            if description:
                lines.append(textwrap.fill(' '.join(description.split()), _WIDTH, initial_indent='  ',
                                           subsequent_indent='  '))
                lines.append('')
            for _, indent, invocation, text in members:
                wrapped = textwrap.wrap(text, help_width) if text else []
                pad = ' ' * indent
                if not wrapped:
                    lines.append(pad + invocation)
                elif len(invocation) <= help_position - indent - 2:
                    lines.append(pad + invocation.ljust(help_position - indent - 2) + '  ' + wrapped[0])
                    lines.extend(' ' * help_position + w for w in wrapped[1:])
                else:
                    lines.append(pad + invocation)
                    lines.extend(' ' * help_position + w for w in wrapped)
            return '\n'.join(lines)

        blocks = [self.format_usage().rstrip('\n')]
        if self.description:
            blocks.append(textwrap.fill(' '.join(self.description.split()), _WIDTH))
        positional = [r for r in rows if not r[0].option_strings and r[0].container is None]
        optional = [r for r in rows if r[0].option_strings and r[0].container is None]
        if positional:
            blocks.append(section('positional arguments', positional))
        if optional:
            blocks.append(section('options', optional))
        for group in self._groups:
            members = [r for r in rows if r[0].container is group]
            if members or group.description:
                blocks.append(section(group.title, members, group.description))
        if self.epilog:
            blocks.append(textwrap.fill(' '.join(self.epilog.split()), _WIDTH))
        return '\n\n'.join(blocks) + '\n'

    def print_usage(self, file=None):
        (file or sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')
