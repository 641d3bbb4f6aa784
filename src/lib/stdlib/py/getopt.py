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
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _longs(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parses command line options up to the first argument that is not one."""
    opts = []
    longopts = _longs(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = do_longs(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Like getopt(), but options and other arguments may be intermixed."""
    opts = []
    prog_args = []
    longopts = _longs(longopts)
    in_order = False
    if _V314 and shortopts.startswith('-'):
        shortopts = shortopts[1:]
        first_stops = False
        in_order = True
    elif shortopts.startswith('+'):
        shortopts = shortopts[1:]
        first_stops = True
    else:
        first_stops = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        if args[0] == '--':
            prog_args += args[1:]
            break
        if args[0][:2] == '--':
            if in_order and prog_args:
                opts.append((None, prog_args))
                prog_args = []
            opts, args = do_longs(opts, args[0][2:], longopts, args[1:])
        elif args[0][:1] == '-' and args[0] != '-':
            if in_order and prog_args:
                opts.append((None, prog_args))
                prog_args = []
            opts, args = do_shorts(opts, args[0][1:], shortopts, args[1:])
        elif first_stops:
            prog_args += args
            break
        else:
            prog_args.append(args[0])
            args = args[1:]
    return opts, prog_args


def do_longs(opts, opt, longopts, args):
    if '=' in opt:
        opt, optarg = opt.split('=', 1)
    else:
        optarg = None
    has_arg, opt = long_has_args(opt, longopts)
    if has_arg:
        if optarg is None and has_arg != '?':
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, optarg or ''))
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
    while optstring != '':
        opt, optstring = optstring[0], optstring[1:]
        has_arg = short_has_arg(opt, shortopts)
        if has_arg:
            if optstring == '' and has_arg != '?':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ''
        else:
            optarg = ''
        opts.append(('-' + opt, optarg))
    return opts, args


def short_has_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ':':
            if not shortopts.startswith(':', i + 1):
                return False
            if _V314 and shortopts.startswith('::', i + 1):
                return '?'
            return True
    raise GetoptError('option -%s not recognized' % opt, opt)
