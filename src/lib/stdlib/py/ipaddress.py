# `ipaddress`: IPv4 and IPv6 addresses, networks and interfaces as values. Each class keeps its
# address as an int (`_ip`); networks keep their network address, netmask and prefix length.
# Each version is followed where it differs: the is_private/is_global tables (3.13 follows IANA's
# registries with exceptions), 3.13's '::ffff:a.b.c.d' spelling of IPv4-mapped IPv6 addresses and
# IPv4Address.ipv6_mapped, and 3.14's class attributes `version`/`max_prefixlen`, network hashes,
# IPv6 length limit and IPv4-mapped is_* answers.

import sys as _sys
import functools as _functools

_V313 = _sys.version_info >= (3, 13)
_V314 = _sys.version_info >= (3, 14)

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """The text or number given is not an address of this kind."""


class NetmaskValueError(ValueError):
    """The prefix length or mask given is not a valid one."""


def _version_of(obj):
    # The attribute CPython reads (an AttributeError names it).
    return obj.version if _V314 else obj._version


def _bits_of(obj):
    return obj.max_prefixlen if _V314 else obj._max_prefixlen


def _first_that_parses(kinds, args):
    # The first of the kinds that takes the arguments, None when neither does.
    for kind in kinds:
        try:
            return kind(*args)
        except (AddressValueError, NetmaskValueError):
            continue
    return None


# Each factory raises its refusal itself, where CPython's traceback shows its line.
def ip_address(address):
    """An IPv4Address or IPv6Address from a string, int or bytes (small ints are IPv4)."""
    made = _first_that_parses((IPv4Address, IPv6Address), (address,))
    if made is None:
        raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')
    return made


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; strict: host bits set are an error."""
    made = _first_that_parses((IPv4Network, IPv6Network), (address, strict))
    if made is None:
        raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')
    return made


def ip_interface(address):
    """An IPv4Interface or IPv6Interface: an address with the network it sits in."""
    made = _first_that_parses((IPv4Interface, IPv6Interface), (address,))
    if made is None:
        raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')
    return made


def _packed(address, size, name):
    try:
        return address.to_bytes(size)
    except OverflowError:
        raise ValueError(f"Address negative or too large for {name}")


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as an int."""
    return _packed(address, 4, 'IPv4')


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as an int."""
    return _packed(address, 16, 'IPv6')


def _zero_bits_at_right(number, width):
    # How many low bits of number are 0 (all of width for 0).
    if number == 0:
        return width
    return min(width, (number & -number).bit_length() - 1)


def _not_same_version(a, b):
    return TypeError(f"{a} and {b} are not of the same version")


def summarize_address_range(first, last):
    """The networks that exactly cover the addresses from first to last (a generator)."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise _not_same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    if first.version not in (4, 6):
        raise ValueError('unknown IP version')
    network = IPv4Network if first.version == 4 else IPv6Network
    width = _bits_of(first)
    low, high = first._ip, last._ip
    while low <= high:
        # The largest aligned block that starts at low and does not pass high.
        size_bits = min(_zero_bits_at_right(low, width), (high - low + 1).bit_length() - 1)
        yield network((low, width - size_bits))
        low += 1 << size_bits
        if low - 1 == network._ALL_ONES:
            break


def _runs(addresses):
    # (first, last) of each run of consecutive addresses in a sorted list without repeats.
    start = previous = addresses[0]
    for address in addresses[1:]:
        if address._ip != previous._ip + 1:
            yield start, previous
            start = address
        previous = address
    yield start, previous


def _merged(networks):
    # Two halves of one network become that network, repeatedly; then networks inside an
    # earlier one (in sorted order) are dropped.
    by_parent = {}
    pending = list(networks)
    while pending:
        net = pending.pop()
        parent = net.supernet()
        sibling = by_parent.get(parent)
        if sibling is None:
            by_parent[parent] = net
        elif sibling != net:
            del by_parent[parent]
            pending.append(parent)
    kept = None
    for net in sorted(by_parent.values()):
        if kept is not None and kept.broadcast_address >= net.broadcast_address:
            continue
        yield net
        kept = net


def collapse_addresses(addresses):
    """The fewest networks covering the given addresses and networks (an iterator)."""
    singles, blocks = [], []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            if singles and _version_of(singles[-1]) != _version_of(item):
                raise _not_same_version(item, singles[-1])
            singles.append(item)
            continue
        if item._prefixlen == _bits_of(item):
            if singles and _version_of(singles[-1]) != _version_of(item):
                raise _not_same_version(item, singles[-1])
            try:
                singles.append(item.ip)
            except AttributeError:
                singles.append(item.network_address)
            continue
        if blocks and _version_of(blocks[-1]) != _version_of(item):
            raise _not_same_version(item, blocks[-1])
        blocks.append(item)
    singles = sorted(set(singles))
    ranges = []
    if singles:
        for first, last in _runs(singles):
            ranges.extend(summarize_address_range(first, last))
    return _merged(ranges + blocks)


def get_mixed_type_key(obj):
    """A sort key that puts addresses and networks of both versions in one order."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    """What addresses, networks and interfaces share."""

    __slots__ = ()

    @property
    def exploded(self):
        """The long form: every group written out in full."""
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        """The short form (the same as str())."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the address's PTR record in reverse DNS."""
        return self._reverse_pointer()

    if not _V314:
        @property
        def version(self):
            raise NotImplementedError('%200s has no version specified' % (type(self),))

    def _check_int_address(self, address):
        bits = _bits_of(self)
        if address < 0:
            raise AddressValueError("%d (< 0) is not permitted as an IPv%d address"
                                    % (address, _version_of(self)))
        if address > self._ALL_ONES:
            raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                    % (address, bits, _version_of(self)))

    def _check_packed_address(self, address, size):
        if len(address) != size:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, len(address), size, _version_of(self)))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        width = _bits_of(cls)
        zeros = _zero_bits_at_right(ip_int, width)
        ones = width - zeros
        if ip_int >> zeros != (1 << ones) - 1:
            raise ValueError('Netmask pattern %r mixes zeroes & ones' % (ip_int.to_bytes(width // 8, 'big'),))
        return ones

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        if not (prefixlen_str.isascii() and prefixlen_str.isdigit()):
            cls._report_invalid_netmask(prefixlen_str)
        length = int(prefixlen_str)
        if length > _bits_of(cls):
            cls._report_invalid_netmask(prefixlen_str)
        return length

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        # A netmask (ones then zeros) or a hostmask (zeros then ones).
        try:
            mask = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        for candidate in (mask, mask ^ cls._ALL_ONES):
            try:
                return cls._prefix_from_ip_int(candidate)
            except ValueError:
                pass
        cls._report_invalid_netmask(ip_str)

    @classmethod
    def _make_netmask(cls, arg):
        cache = cls._netmask_cache
        if arg not in cache:
            if isinstance(arg, int):
                if not 0 <= arg <= _bits_of(cls):
                    cls._report_invalid_netmask(arg)
                length = arg
            elif cls._bits == 32:
                try:
                    length = cls._prefix_from_prefix_string(arg)
                except NetmaskValueError:
                    length = cls._prefix_from_ip_string(arg)
            else:
                length = cls._prefix_from_prefix_string(arg)
            cache[arg] = (cls._address_kind()(cls._ip_int_from_prefix(length)), length)
        return cache[arg]

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, _bits_of(cls)
        if not isinstance(address, tuple):
            pieces = str(address).split('/')
            if len(pieces) > 2:
                raise AddressValueError(f"Only one '/' permitted in {address!r}")
            address = pieces
        if len(address) > 1:
            return address
        return address[0], _bits_of(cls)

    def __reduce__(self):
        return self.__class__, (str(self),)


@_functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """An address (IPv4Address or IPv6Address)."""

    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and _version_of(self) == _version_of(other)
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if isinstance(other, _BaseAddress):
            if _version_of(self) == _version_of(other):
                return self._ip < other._ip
            raise _not_same_version(self, other)
        return NotImplemented

    def _moved(self, step):
        # address + n and address - n: another address of the same class (or NotImplemented).
        return self.__class__(int(self) + step) if isinstance(step, int) else NotImplemented

    def __add__(self, other):
        return self._moved(other)

    def __sub__(self, other):
        return self._moved(-other) if isinstance(other, int) else NotImplemented

    def __hash__(self):
        return hash(hex(self._ip))

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def _get_address_key(self):
        return (_version_of(self), self)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        # [#][_](b|x|X|n): the number in binary or hex, zero-padded to the full width.
        body = fmt
        alternate = body.startswith('#')
        if alternate:
            body = body[1:]
        grouping = body.startswith('_')
        if grouping:
            body = body[1:]
        if body not in ('b', 'x', 'X', 'n'):
            return super().__format__(fmt)
        kind = body
        if kind == 'n':
            kind = 'b' if _version_of(self) == 4 else 'x'
        width = _bits_of(self) if kind == 'b' else _bits_of(self) // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(int(self), ('#' if alternate else '') + '0' + str(width) + ('_' if grouping else '') + kind)


@_functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network (IPv4Network or IPv6Network)."""

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def _span(self):
        return int(self.network_address), int(self.broadcast_address)

    def hosts(self):
        """The usable host addresses (all but the network and broadcast addresses)."""
        low, high = self._span()
        make = self._address_class
        for n in range(low + 1, high):
            yield make(n)

    def __iter__(self):
        low, high = self._span()
        make = self._address_class
        for n in range(low, high + 1):
            yield make(n)

    def __getitem__(self, n):
        low, high = self._span()
        target = low + n if n >= 0 else high + n + 1
        if not low <= target <= high:
            raise IndexError('address out of range')
        return self._address_class(target)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if _version_of(self) != _version_of(other):
            raise _not_same_version(self, other)
        # By network address, then by netmask.
        for mine, theirs in ((self.network_address, other.network_address), (self.netmask, other.netmask)):
            if mine != theirs:
                return mine < theirs
        return False

    def __eq__(self, other):
        try:
            return (_version_of(self) == _version_of(other) and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        if _V314:
            return hash((int(self.network_address), int(self.netmask)))
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if _version_of(self) != _version_of(other) or isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """Whether the two networks share an address."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    @_functools.cached_property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @_functools.cached_property
    def hostmask(self):
        return self._address_class(self._ALL_ONES ^ int(self.netmask))

    def _after_slash(self, tail):
        return f'{self.network_address}/{tail}'

    with_prefixlen = property(lambda self: self._after_slash(self._prefixlen))
    with_netmask = property(lambda self: self._after_slash(self.netmask))
    with_hostmask = property(lambda self: self._after_slash(self.hostmask))

    @property
    def num_addresses(self):
        """How many addresses the network holds."""
        low, high = self._span()
        return high - low + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """The networks that make up this one without other (a generator)."""
        if _version_of(self) != _version_of(other):
            raise _not_same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        target = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        # Halve the network again and again, giving out the half target is not in.
        left, right = self.subnets()
        while target not in (left, right):
            if target.subnet_of(left):
                yield right
                left, right = left.subnets()
            elif target.subnet_of(right):
                yield left
                left, right = right.subnets()
            else:
                raise AssertionError('Error performing exclusion: s1: %s s2: %s other: %s'
                                     % (left, right, target))
        yield right if left == target else left

    def compare_networks(self, other):
        """-1, 0 or 1 as this network sorts before, with or after other."""
        if _version_of(self) != _version_of(other):
            raise TypeError('%s and %s are not of the same type' % (self, other))
        mine = (self.network_address, self.netmask)
        theirs = (other.network_address, other.netmask)
        for a, b in zip(mine, theirs):
            if a < b:
                return -1
            if a > b:
                return 1
        return 0

    def _get_networks_key(self):
        return (_version_of(self), self.network_address, self.netmask)

    def _prefix_step(self, diff, new_prefix, direction):
        # How far subnets() (direction 1) or supernet() (-1) moves the prefix length.
        if new_prefix is None:
            return diff
        step = (new_prefix - self._prefixlen) * direction
        if step < 0:
            raise ValueError('new prefix must be %s' % ('longer' if direction > 0 else 'shorter'))
        if diff != 1:
            raise ValueError('cannot set prefixlen_diff and new_prefix')
        return step

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The networks of a longer prefix that make up this one (a generator)."""
        if self._prefixlen == _bits_of(self):
            yield self
            return
        prefixlen_diff = self._prefix_step(prefixlen_diff, new_prefix, 1)
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        longer = self._prefixlen + prefixlen_diff
        if longer > _bits_of(self):
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (longer, self))
        low, high = self._span()
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for start in range(low, high + 1, step):
            yield self.__class__((start, longer))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network of a shorter prefix that holds this one."""
        if self._prefixlen == 0:
            return self
        prefixlen_diff = self._prefix_step(prefixlen_diff, new_prefix, -1)
        shorter = self.prefixlen - prefixlen_diff
        if shorter < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff), shorter))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if _version_of(a) != _version_of(b):
                raise TypeError(f"{a} and {b} are not of the same version")
            return b.network_address <= a.network_address and b.broadcast_address >= a.broadcast_address
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}")

    def subnet_of(self, other):
        """Whether this network lies inside other."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether other lies inside this network."""
        return self._is_subnet_of(other, self)

    def _both_ends(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_private(self):
        ends = (self.network_address, self.broadcast_address)
        inside = any(all(a in net for a in ends) for net in self._constants._private_networks)
        if not _V313:
            return inside
        return inside and not any(a in net for net in self._constants._private_networks_exceptions for a in ends)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')


class _BaseV4:
    """What the IPv4 classes share."""

    __slots__ = ()
    _bits = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _netmask_cache = {}

    if _V314:
        version = 4
        max_prefixlen = IPV4LENGTH
    else:
        _version = 4
        _max_prefixlen = IPV4LENGTH

        @property
        def max_prefixlen(self):
            return self._max_prefixlen

        @property
        def version(self):
            return self._version

    @staticmethod
    def _address_kind():
        return IPv4Address

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        value = 0
        try:
            for octet in octets:
                value = (value << 8) | cls._parse_octet(octet)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        return value

    @classmethod
    def _parse_octet(cls, octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % octet_str)
        if len(octet_str) > 3:
            raise ValueError("At most 3 characters permitted in %r" % octet_str)
        if len(octet_str) > 1 and octet_str[0] == '0':
            raise ValueError("Leading zeros are not permitted in %r" % octet_str)
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError("Octet %d (> 255) not permitted" % value)
        return value

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(str(b) for b in ip_int.to_bytes(4, 'big'))

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'


class IPv4Address(_BaseV4, _BaseAddress):
    """A 32-bit IPv4 address."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
        elif isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address)
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            self._ip = self._ip_int_from_string(text)

    @property
    def packed(self):
        """The address as 4 big-endian bytes."""
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in self._constants._reserved_network

    @property
    def is_private(self):
        c = self._constants
        if not any(self in net for net in c._private_networks):
            return False
        return not _V313 or all(self not in net for net in c._private_networks_exceptions)

    @property
    def is_global(self):
        return self not in self._constants._public_network and not self.is_private

    @property
    def is_multicast(self):
        return self in self._constants._multicast_network

    @property
    def is_unspecified(self):
        return self == self._constants._unspecified_address

    @property
    def is_loopback(self):
        return self in self._constants._loopback_network

    @property
    def is_link_local(self):
        return self in self._constants._linklocal_network

    if _V313:
        @property
        def ipv6_mapped(self):
            """This address as an IPv4-mapped IPv6 address (::ffff:a.b.c.d)."""
            return IPv6Address(f'::ffff:{self}')


def _interface_setup(self, address, address_class, network_class):
    addr, mask = self._split_addr_prefix(address)
    address_class.__init__(self, addr)
    self.network = network_class((addr, mask), strict=False)
    self.netmask = self.network.netmask
    self._prefixlen = self.network._prefixlen


def _interface_eq(self, other, address_class):
    same = address_class.__eq__(self, other)
    if same is NotImplemented or not same:
        return same
    try:
        return self.network == other.network
    except AttributeError:
        return False


def _interface_lt(self, other, address_class):
    less = address_class.__lt__(self, other)
    if less is NotImplemented:
        return NotImplemented
    try:
        return self.network < other.network or (self.network == other.network and less)
    except AttributeError:
        return False


def _interface_hostmask(self):
    return self.network.hostmask


def _interface_hash(self):
    return hash((self._ip, self._prefixlen, int(self.network.network_address)))


def _interface_text(self, mask):
    return '%s/%s' % (self._string_from_ip_int(self._ip), mask)


class IPv4Interface(IPv4Address):
    """An IPv4 address together with the network it belongs to."""

    def __init__(self, address):
        _interface_setup(self, address, IPv4Address, IPv4Network)

    hostmask = _functools.cached_property(_interface_hostmask)
    __hash__ = _interface_hash
    with_prefixlen = property(lambda self: _interface_text(self, self._prefixlen))
    with_netmask = property(lambda self: _interface_text(self, self.netmask))
    with_hostmask = property(lambda self: _interface_text(self, self.hostmask))
    __reduce__ = _IPAddressBase.__reduce__

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self._prefixlen)

    def __eq__(self, other):
        return _interface_eq(self, other, IPv4Address)

    def __lt__(self, other):
        return _interface_lt(self, other, IPv4Address)

    @property
    def ip(self):
        return IPv4Address(self._ip)


def _network_setup(self, address, strict, address_class):
    addr, mask = self._split_addr_prefix(address)
    self.network_address = address_class(addr)
    self.netmask, self._prefixlen = self._make_netmask(mask)
    start = int(self.network_address)
    if start & int(self.netmask) != start:
        if strict:
            raise ValueError('%s has host bits set' % self)
        self.network_address = address_class(start & int(self.netmask))
    width = _bits_of(self)
    if self._prefixlen == width - 1:
        self.hosts = self.__iter__
    elif self._prefixlen == width:
        if _V314:
            self.hosts = lambda: iter((address_class(addr),))
        else:
            self.hosts = lambda: [address_class(addr)]


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: a network address and a prefix length (or netmask)."""

    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        _network_setup(self, address, strict, IPv4Address)

    @property
    def is_global(self):
        shared = IPv4Network('100.64.0.0/10')
        return (not (self.network_address in shared and self.broadcast_address in shared)
                and not self.is_private)


class _IPv4Constants:
    _linklocal_network = IPv4Network('169.254.0.0/16')
    _loopback_network = IPv4Network('127.0.0.0/8')
    _multicast_network = IPv4Network('224.0.0.0/4')
    _public_network = IPv4Network('100.64.0.0/10')
    # Facts: the blocks IANA's IPv4 special-purpose registry lists as not globally reachable, as
    # each version's table has them.
    _private_networks = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/24' if _V313 else '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24',
        '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4',
        '255.255.255.255/32')]
    _private_networks_exceptions = [IPv4Network('192.0.0.9/32'), IPv4Network('192.0.0.10/32')]
    _reserved_network = IPv4Network('240.0.0.0/4')
    _unspecified_address = IPv4Address('0.0.0.0')


IPv4Address._constants = _IPv4Constants
IPv4Network._constants = _IPv4Constants
if not _V313:
    del _IPv4Constants._private_networks_exceptions


class _BaseV6:
    """What the IPv6 classes share."""

    __slots__ = ()
    _bits = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789ABCDEFabcdef')
    _netmask_cache = {}

    if _V314:
        version = 6
        max_prefixlen = IPV6LENGTH
    else:
        _version = 6
        _max_prefixlen = IPV6LENGTH

        @property
        def max_prefixlen(self):
            return self._max_prefixlen

        @property
        def version(self):
            return self._version

    @staticmethod
    def _address_kind():
        return IPv6Address

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        if _V314 and len(ip_str) > 45:
            shown = ip_str
            if len(shown) > 100:
                shown = f'{ip_str[:45]}({len(ip_str) - 90} chars elided){ip_str[-45:]}'
            raise AddressValueError(f"At most 45 characters expected in {shown!r}")
        most = cls._HEXTET_COUNT + 1
        groups = ip_str.split(':', most) if _V314 else ip_str.split(':')
        if len(groups) < 3:
            raise AddressValueError("At least %d parts expected in %r" % (3, ip_str))
        if '.' in groups[-1]:
            # An IPv4 address written as the last 32 bits.
            try:
                v4 = IPv4Address(groups.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            groups += ['%x' % (v4 >> 16), '%x' % (v4 & 0xFFFF)]
        if len(groups) > most:
            raise AddressValueError("At most %d colons permitted in %r" % (most - 1, ip_str))
        gaps = [i for i in range(1, len(groups) - 1) if not groups[i]]
        if len(gaps) > 1:
            raise AddressValueError("At most one '::' permitted in %r" % ip_str)
        leading = "Leading ':' only permitted as part of '::' in %r" % ip_str
        trailing = "Trailing ':' only permitted as part of '::' in %r" % ip_str
        if gaps:
            head = groups[:gaps[0]]
            tail = groups[gaps[0] + 1:]
            if not head[0]:
                head = head[1:]
                if head:
                    raise AddressValueError(leading)
            if not tail[-1]:
                tail = tail[:-1]
                if tail:
                    raise AddressValueError(trailing)
            missing = cls._HEXTET_COUNT - len(head) - len(tail)
            if missing < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (cls._HEXTET_COUNT - 1, ip_str))
        else:
            if len(groups) != cls._HEXTET_COUNT:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._HEXTET_COUNT, ip_str))
            if not groups[0]:
                raise AddressValueError(leading)
            if not groups[-1]:
                raise AddressValueError(trailing)
            head, tail, missing = groups, [], 0
        value = 0
        try:
            for group in head:
                value = (value << 16) | cls._parse_hextet(group)
            value <<= 16 * missing
            for group in tail:
                value = (value << 16) | cls._parse_hextet(group)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        return value

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if not cls._HEX_DIGITS.issuperset(hextet_str):
            raise ValueError("Only hex digits permitted in %r" % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError("At most 4 characters permitted in %r" % hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        # The longest run of two or more '0' groups (the first of equal ones) becomes '::'.
        best_at, best_len = -1, 0
        run_at, run_len = -1, 0
        for i, group in enumerate(hextets):
            if group != '0':
                run_at, run_len = -1, 0
                continue
            if run_at < 0:
                run_at = i
            run_len += 1
            if run_len > best_len:
                best_at, best_len = run_at, run_len
        if best_len < 2:
            return hextets
        before = hextets[:best_at] or ['']
        after = hextets[best_at + best_len:] or ['']
        return before + [''] + after

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int is None:
            ip_int = int(cls._ip)
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        groups = ['%x' % ((ip_int >> shift) & 0xFFFF) for shift in range(112, -1, -16)]
        return ':'.join(cls._compress_hextets(groups))

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            text = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            text = str(self.ip)
        else:
            text = str(self)
        digits = '%032x' % self._ip_int_from_string(text)
        full = ':'.join(digits[i:i + 4] for i in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (full, self._prefixlen)
        return full

    def _reverse_pointer(self):
        nibbles = self.exploded[::-1].replace(':', '')
        return '.'.join(nibbles) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        addr, percent, scope = ip_str.partition('%')
        if not percent:
            return addr, None
        if not scope or '%' in scope:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope


class IPv6Address(_BaseV6, _BaseAddress):
    """A 128-bit IPv6 address (with an optional %scope zone)."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip, self._scope_id = address, None
        elif isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip, self._scope_id = int.from_bytes(address, 'big'), None
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            text, self._scope_id = self._split_scope_id(text)
            self._ip = self._ip_int_from_string(text)

    if _V313:
        def _explode_shorthand_ip_string(self):
            mapped = self.ipv4_mapped
            full = super()._explode_shorthand_ip_string()
            if mapped is None:
                return full
            return full[:30] + str(mapped)

        def _reverse_pointer(self):
            if self.ipv4_mapped is None:
                return super()._reverse_pointer()
            start = super()._explode_shorthand_ip_string()[:30]
            nibbles = (start + '%08x' % self.ipv4_mapped._ip)[::-1].replace(':', '')
            return '.'.join(nibbles) + '.ip6.arpa'

        def _ipv4_mapped_ipv6_to_str(self):
            mapped = self.ipv4_mapped
            if mapped is None:
                raise AddressValueError("Can not apply to non-IPv4-mapped IPv6 address %s" % str(self))
            return '%s:%s' % (self._string_from_ip_int(self._ip >> 32), str(mapped))

    def __str__(self):
        if _V313 and self.ipv4_mapped is not None:
            text = self._ipv4_mapped_ipv6_to_str()
        else:
            text = super().__str__()
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented:
            return NotImplemented
        return bool(same) and self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def scope_id(self):
        """The zone after '%' in the address, or None."""
        return self._scope_id

    @property
    def packed(self):
        """The address as 16 big-endian bytes."""
        return v6_int_to_packed(self._ip)

    def _mapped_answer(self, name):
        # 3.14 answers some questions of an IPv4-mapped address as its IPv4 address would.
        mapped = self.ipv4_mapped if _V314 else None
        return None if mapped is None else getattr(mapped, name)

    @property
    def is_multicast(self):
        answer = self._mapped_answer('is_multicast')
        return self in self._constants._multicast_network if answer is None else answer

    @property
    def is_reserved(self):
        answer = self._mapped_answer('is_reserved')
        if answer is not None:
            return answer
        return any(self in net for net in self._constants._reserved_networks)

    @property
    def is_link_local(self):
        answer = self._mapped_answer('is_link_local')
        return self in self._constants._linklocal_network if answer is None else answer

    @property
    def is_site_local(self):
        return self in self._constants._sitelocal_network

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        c = self._constants
        if not any(self in net for net in c._private_networks):
            return False
        return not _V313 or all(self not in net for net in c._private_networks_exceptions)

    @property
    def is_global(self):
        answer = self._mapped_answer('is_global')
        return not self.is_private if answer is None else answer

    @property
    def is_unspecified(self):
        answer = self._mapped_answer('is_unspecified')
        return self._ip == 0 if answer is None else answer

    @property
    def is_loopback(self):
        if _V313 and self.ipv4_mapped is not None:
            return self.ipv4_mapped.is_loopback
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address of an IPv4-mapped address (::ffff:a.b.c.d), else None."""
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a Teredo address (2001::/32), else None."""
        if self._ip >> 96 != 0x20010000:
            return None
        return IPv4Address((self._ip >> 64) & 0xFFFFFFFF), IPv4Address(~self._ip & 0xFFFFFFFF)

    @property
    def sixtofour(self):
        """The IPv4 address inside a 6to4 address (2002::/16), else None."""
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(IPv6Address):
    """An IPv6 address together with the network it belongs to."""

    def __init__(self, address):
        _interface_setup(self, address, IPv6Address, IPv6Network)

    hostmask = _functools.cached_property(_interface_hostmask)
    __hash__ = _interface_hash
    with_prefixlen = property(lambda self: _interface_text(self, self._prefixlen))
    with_netmask = property(lambda self: _interface_text(self, self.netmask))
    with_hostmask = property(lambda self: _interface_text(self, self.hostmask))
    __reduce__ = _IPAddressBase.__reduce__

    def __str__(self):
        return '%s/%d' % (super().__str__(), self._prefixlen)

    def __eq__(self, other):
        return _interface_eq(self, other, IPv6Address)

    def __lt__(self, other):
        return _interface_lt(self, other, IPv6Address)

    @property
    def ip(self):
        return IPv6Address(self._ip)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        if _V313:
            return super().is_loopback and self.network.is_loopback
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: a network address and a prefix length."""

    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        _network_setup(self, address, strict, IPv6Address)

    def hosts(self):
        """Every address but the network's first (the Subnet-Router anycast address)."""
        low, high = self._span()
        for n in range(low + 1, high + 1):
            yield self._address_class(n)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


class _IPv6Constants:
    _linklocal_network = IPv6Network('fe80::/10')
    _multicast_network = IPv6Network('ff00::/8')
    # Facts: the blocks IANA's IPv6 special-purpose registry lists as not globally reachable, as
    # each version's table has them, and the exceptions inside them (3.13).
    _private_networks = [IPv6Network(n) for n in (
        ('::1/128', '::/128', '::ffff:0:0/96', '64:ff9b:1::/48', '100::/64', '2001::/23',
         '2001:db8::/32', '2002::/16') + (('3fff::/20',) if _V314 else ()) + ('fc00::/7', 'fe80::/10')
        if _V313 else
        ('::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
         '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10'))]
    _private_networks_exceptions = [IPv6Network(n) for n in (
        '2001:1::1/128', '2001:1::2/128', '2001:3::/32', '2001:4:112::/48', '2001:20::/28',
        '2001:30::/28')]
    _reserved_networks = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3',
        '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9')]
    _sitelocal_network = IPv6Network('fec0::/10')


IPv6Address._constants = _IPv6Constants
IPv6Network._constants = _IPv6Constants
if not _V313:
    del _IPv6Constants._private_networks_exceptions


class _BaseConstants:
    _private_networks = []


_BaseNetwork._constants = _BaseConstants
