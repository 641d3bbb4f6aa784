# `getopt`: Unix-style command-line option parsing (getopt, gnu_getopt, GetoptError), with 3.14's
# optional arguments ('x::' and 'name=?') and gnu_getopt's '-' prefix that returns non-options
# in order. Messages are CPython's English ones (gettext is not consulted).

import os
import sys as _sys

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

_V314 = _sys.version_info >= (3, 14)


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        super().__init__(msg, opt)
        self.msg, self.opt = msg, opt

    def __str__(self):
        return self.msg


error = GetoptError


def _longs(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse the options at the front of args; return (options, remaining arguments)."""
    found = []
    longs = _longs(longopts)
    rest = args
    while rest:
        head = rest[0]
        if head == '--':
            rest = rest[1:]
            break
        if head == '-' or not head.startswith('-'):
            break
        if head.startswith('--'):
            found, rest = do_longs(found, head[2:], longs, rest[1:])
        else:
            found, rest = do_shorts(found, head[1:], shortopts, rest[1:])
    return found, rest


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may come after other arguments."""
    found = []
    operands = []
    longs = _longs(longopts)
    keep_order = False
    if _V314 and shortopts.startswith('-'):
        shortopts, keep_order, stop_at_first = shortopts[1:], True, False
    elif shortopts.startswith('+'):
        shortopts, stop_at_first = shortopts[1:], True
    else:
        stop_at_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        head = args[0]
        if head == '--':
            operands += args[1:]
            break
        is_long = head[:2] == '--'
        if is_long or (head[:1] == '-' and head != '-'):
            if keep_order and operands:
                # 3.14's '-' mode: the arguments met so far, in place, as a (None, list) pair.
                found.append((None, operands))
                operands = []
            if is_long:
                found, args = do_longs(found, head[2:], longs, args[1:])
            else:
                found, args = do_shorts(found, head[1:], shortopts, args[1:])
        elif stop_at_first:
            operands += args
            break
        else:
            operands.append(head)
            args = args[1:]
    return found, operands


def do_longs(opts, opt, longopts, args):
    name, eq, value = opt.partition('=')
    given = value if eq else None
    has_arg, name = long_has_args(name, longopts)
    if not has_arg:
        if given is not None:
            raise GetoptError('option --%s must not have an argument' % name, name)
    elif given is None and has_arg != '?':
        if not args:
            raise GetoptError('option --%s requires argument' % name, name)
        given, args = args[0], args[1:]
    opts.append(('--' + name, given or ''))
    return opts, args


def long_has_args(opt, longopts):
    # Whether the long option takes an argument (3.14: '?' when it may), and its full name:
    # an exact name, or a prefix of only one.
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if _V314 and opt + '=?' in candidates:
        return '?', opt
    if len(candidates) > 1:
        if _V314:
            raise GetoptError('option --%s not a unique prefix; possible options: %s'
                              % (opt, ', '.join(candidates)), opt)
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    match = candidates[0]
    if _V314 and match.endswith('=?'):
        return '?', match[:-2]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def do_shorts(opts, optstring, shortopts, args):
    rest = optstring
    while rest != '':
        letter, rest = rest[0], rest[1:]
        kind = short_has_arg(letter, shortopts)
        value = ''
        if kind:
            # The rest of the cluster is the argument; failing that, the next word (unless optional).
            if rest:
                value, rest = rest, ''
            elif kind != '?':
                if not args:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                value, args = args[0], args[1:]
        opts.append(('-' + letter, value))
    return opts, args


def short_has_arg(opt, shortopts):
    # 'x' takes nothing, 'x:' an argument, 3.14's 'x::' an optional one; ':' is never an option.
    at = shortopts.find(opt) if opt != ':' else -1
    if at < 0:
        raise GetoptError('option -%s not recognized' % opt, opt)
    colons = shortopts[at + 1:at + 3]
    if not colons.startswith(':'):
        return False
    return '?' if _V314 and colons == '::' else True
