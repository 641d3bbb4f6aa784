# ipaddress: construction from every kind of input and every error CPython gives (type and
# message), collapse_addresses, summarize_address_range, address_exclude, sorting with
# get_mixed_type_key, comparisons across kinds and versions, and a small network inventory tool.
import ipaddress
from ipaddress import (IPv4Address, IPv6Address, IPv4Network, IPv6Network, IPv4Interface, IPv6Interface,
                       AddressValueError, NetmaskValueError)


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except (ValueError, TypeError, IndexError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)


for value in ['1.2.3.4', '1.2.3', '1.2.3.4.5', '', '1.2.3.256', '01.2.3.4', '1.2.3.0x4', '1.2.3.4/24', '1.2.3. 4',
              '1234.1.1.1', '١.2.3.4', 3232235777, -1, 2 ** 32, b'\x7f\x00\x00\x01', b'\x01\x02', 1.5]:
    attempt(f'v4 {value!r}', lambda: IPv4Address(value))
for value in ['::1', '1::2::3', ':1:2::3', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8::', '::1.2.3.4',
              '::ffff:1.2.3', '12345::', 'g::', 'fe80::1%', 'fe80::1%a%b', 'fe80::1%eth0', '1:2:3:4:5:6:7:',
              ':1:2:3:4:5:6:7', '1:2', '::/64', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4',
              '0000:0000:0000:0000:0000:0000:0000:0000:1', 'a' * 50, 'b' * 120, 2 ** 128, b'\x00' * 16, b'\x00' * 15]:
    attempt(f'v6 {value!r}', lambda: IPv6Address(value))
for value in ['10.0.0.0/8', '10.0.0.1/8', '10.0.0.0/33', '10.0.0.0/255.0.0.0', '10.0.0.0/0.255.255.255',
              '10.0.0.0/255.0.255.0', '10.0.0.0/1.2.3', '10.0.0.0/ 8', '10.0.0.0/+8', '10/8', '10.0.0.0/8/8',
              ('10.0.0.0', 8), ('10.0.0.0', '255.0.0.0'), (167772160, 8), ('10.0.0.1', 40), ('10.0.0.0',),
              167772160, b'\x0a\x00\x00\x00', '10.0.0.0/-1', '10.0.0.0/08']:
    attempt(f'net4 {value!r}', lambda: IPv4Network(value))
attempt('net4 loose', lambda: IPv4Network('10.1.2.3/8', strict=False))
for value in ['2001:db8::/32', '2001:db8::1/32', '2001:db8::/129', '2001:db8::/ffff::', ('2001:db8::', 32),
              '2001:db8::%eth0/64', 'fe80::1%eth0/128']:
    attempt(f'net6 {value!r}', lambda: IPv6Network(value))
for value in ['1.2.3.4', 'nonsense', 42, 2 ** 40, '::ffff:1.2.3.4', '10.0.0.1/8', None]:
    attempt(f'ip_address {value!r}', lambda: ipaddress.ip_address(value))
for value in ['10.0.0.0/8', '10.0.0.1/8', 'x/8', '::/0', '1.2.3.4/40', 42]:
    attempt(f'ip_network {value!r}', lambda: ipaddress.ip_network(value))
    attempt(f'ip_network loose {value!r}', lambda: ipaddress.ip_network(value, strict=False))
for value in ['10.0.0.1/8', 'x', '2001:db8::1/64', ('1.2.3.4', 16)]:
    attempt(f'ip_interface {value!r}', lambda: ipaddress.ip_interface(value))

attempt('packed', lambda: ipaddress.v4_int_to_packed(3232235777))
attempt('packed big', lambda: ipaddress.v4_int_to_packed(2 ** 32))
attempt('packed neg', lambda: ipaddress.v4_int_to_packed(-1))
attempt('packed6', lambda: ipaddress.v6_int_to_packed(1))

a, b = IPv4Address('10.0.0.1'), IPv6Address('::1')
attempt('lt mixed', lambda: a < b)
attempt('eq mixed', lambda: a == b)
attempt('lt int', lambda: a < 5)
attempt('add', lambda: a + 2 ** 32)
attempt('sub', lambda: a - 20)
attempt('add str', lambda: a + '1')
attempt('fmt', lambda: format(a, 'q'))
attempt('fmt d', lambda: f'{a:d}')
attempt('in', lambda: 5 in IPv4Network('10.0.0.0/8'))
attempt('net in net', lambda: IPv4Network('10.0.0.0/16') in IPv4Network('10.0.0.0/8'))
attempt('v6 in v4', lambda: b in IPv4Network('10.0.0.0/8'))
attempt('index', lambda: IPv4Network('10.0.0.0/30')[4])
attempt('index neg', lambda: IPv4Network('10.0.0.0/30')[-5])
attempt('index ok', lambda: IPv4Network('10.0.0.0/30')[-4])
attempt('subnets bad', lambda: list(IPv4Network('10.0.0.0/8').subnets(new_prefix=4)))
attempt('subnets both', lambda: list(IPv4Network('10.0.0.0/8').subnets(2, 12)))
attempt('subnets neg', lambda: list(IPv4Network('10.0.0.0/8').subnets(-1)))
attempt('subnets far', lambda: list(IPv4Network('10.0.0.0/8').subnets(30)))
attempt('subnets 32', lambda: list(IPv4Network('10.0.0.1/32').subnets()))
attempt('supernet bad', lambda: IPv4Network('10.0.0.0/8').supernet(new_prefix=9))
attempt('supernet both', lambda: IPv4Network('10.0.0.0/8').supernet(2, 4))
attempt('supernet far', lambda: IPv4Network('10.0.0.0/8').supernet(9))
attempt('supernet 0', lambda: IPv4Network('0.0.0.0/0').supernet())
attempt('exclude mixed', lambda: list(IPv4Network('10.0.0.0/8').address_exclude(IPv6Network('::/0'))))
attempt('exclude addr', lambda: list(IPv4Network('10.0.0.0/8').address_exclude(a)))
attempt('exclude out', lambda: list(IPv4Network('10.0.0.0/8').address_exclude(IPv4Network('11.0.0.0/8'))))
attempt('exclude self', lambda: list(IPv4Network('10.0.0.0/8').address_exclude(IPv4Network('10.0.0.0/8'))))
attempt('exclude', lambda: list(IPv4Network('10.0.0.0/24').address_exclude(IPv4Network('10.0.0.96/28'))))
attempt('subnet_of mixed', lambda: IPv4Network('10.0.0.0/8').subnet_of(IPv6Network('::/0')))
attempt('subnet_of addr', lambda: IPv4Network('10.0.0.0/8').subnet_of(a))
attempt('compare', lambda: [IPv4Network('10.0.0.0/8').compare_networks(IPv4Network(x)) for x in ('10.0.0.0/8', '10.0.0.0/16', '9.0.0.0/8', '11.0.0.0/8')])
attempt('compare mixed', lambda: IPv4Network('10.0.0.0/8').compare_networks(IPv6Network('::/0')))
attempt('overlaps', lambda: [IPv4Network('10.0.0.0/8').overlaps(IPv4Network(x)) for x in ('10.1.0.0/16', '11.0.0.0/8', '0.0.0.0/0')])
attempt('hosts 32', lambda: (lambda h: (type(h).__name__, list(h)))(IPv4Network('10.0.0.1/32').hosts()))
attempt('hosts 31', lambda: list(IPv4Network('10.0.0.0/31').hosts()))
attempt('hosts 30', lambda: list(IPv4Network('10.0.0.0/30').hosts()))
attempt('hosts6 128', lambda: list(IPv6Network('::1/128').hosts()))
attempt('hosts6 126', lambda: list(IPv6Network('::/126').hosts()))

attempt('collapse', lambda: list(ipaddress.collapse_addresses(
    [IPv4Network('192.0.2.0/25'), IPv4Network('192.0.2.128/25'), IPv4Address('192.0.3.0'), IPv4Address('192.0.3.1'),
     IPv4Network('192.0.3.2/32'), IPv4Interface('192.0.3.3/32'), IPv4Network('10.0.0.0/8'), IPv4Network('10.1.0.0/16')])))
attempt('collapse mixed', lambda: list(ipaddress.collapse_addresses([IPv4Address('1.1.1.1'), IPv6Address('::1')])))
attempt('collapse mixed nets', lambda: list(ipaddress.collapse_addresses([IPv4Network('1.1.1.0/24'), IPv6Network('::/64')])))
attempt('collapse6', lambda: list(ipaddress.collapse_addresses([IPv6Network('2001:db8::/33'), IPv6Network('2001:db8:8000::/33'), IPv6Address('::1')])))
attempt('summarize', lambda: list(ipaddress.summarize_address_range(IPv4Address('192.0.2.0'), IPv4Address('192.0.2.130'))))
attempt('summarize all', lambda: list(ipaddress.summarize_address_range(IPv4Address('0.0.0.0'), IPv4Address('255.255.255.255'))))
attempt('summarize6', lambda: list(ipaddress.summarize_address_range(IPv6Address('::1'), IPv6Address('::ff'))))
attempt('summarize rev', lambda: list(ipaddress.summarize_address_range(IPv4Address('1.0.0.2'), IPv4Address('1.0.0.1'))))
attempt('summarize mixed', lambda: list(ipaddress.summarize_address_range(IPv4Address('1.0.0.2'), IPv6Address('::1'))))
attempt('summarize nets', lambda: list(ipaddress.summarize_address_range(IPv4Network('1.0.0.0/8'), IPv4Address('2.0.0.0'))))

things = [IPv4Address('10.0.0.5'), IPv6Address('::1'), IPv4Network('10.0.0.0/8'), IPv4Address('1.1.1.1'),
          IPv6Network('2001:db8::/32'), IPv4Network('10.0.0.0/16'), IPv4Interface('10.0.0.5/24')]
print(sorted(things, key=ipaddress.get_mixed_type_key))
print(ipaddress.get_mixed_type_key('x'))
attempt('sort mixed', lambda: sorted(things))

i1, i2, i3 = IPv4Interface('10.0.0.5/24'), IPv4Interface('10.0.0.5/16'), IPv4Interface('10.0.0.6/24')
print(i1 == i2, i1 < i2, i2 < i1, i1 < i3, i1 == IPv4Address('10.0.0.5'), i1 != i3, sorted([i3, i1, i2]))
print(hash(i1) == hash(IPv4Interface('10.0.0.5/24')), len({i1, i2, i3, IPv4Interface('10.0.0.5/24')}))
print(len({IPv4Network('10.0.0.0/8'), IPv4Network('10.0.0.0/255.0.0.0'), IPv4Network('10.0.0.0/16')}))
print(IPv6Address('fe80::1%eth0') == IPv6Address('fe80::1'), IPv6Address('fe80::1%eth0') == IPv6Address('fe80::1%eth0'))
print(IPv4Address('1.2.3.4').version, IPv6Network('::/0').max_prefixlen, IPv4Network('1.0.0.0/8').prefixlen)
print(list(IPv4Network('192.168.0.0/30')), IPv4Network('10.0.0.0/8')[256], list(IPv4Network('10.0.0.0/29').subnets(prefixlen_diff=2)))
print(IPv4Network('10.0.0.0/8').supernet_of(IPv4Network('10.2.0.0/16')), IPv4Network('10.2.0.0/16').subnet_of(IPv4Network('10.0.0.0/8')))
print(IPv6Address('2002:c000:204::1').sixtofour, IPv6Address('2001:0:4136:e378:8000:63bf:3fff:fdd2').teredo)
print(repr(IPv4Address('1.2.3.4').packed), IPv6Address(b'\x20\x01' + bytes(14)))

# A small inventory: which hosts of a site sit in which subnet, and what is left free.
site = IPv4Network('10.20.0.0/22')
vlans = dict(zip(['servers', 'office', 'guests', 'lab'], site.subnets(new_prefix=24)))
hosts = ['10.20.0.10', '10.20.1.77', '10.20.2.200', '10.20.3.5', '10.20.4.1', '192.168.1.1', '10.20.1.255']
for h in map(ipaddress.ip_address, hosts):
    where = [name for name, net in vlans.items() if h in net]
    print(h, where or 'outside', h.is_private, h in site)
used = [IPv4Network('10.20.0.0/25'), IPv4Network('10.20.1.0/24'), IPv4Network('10.20.2.128/26')]
free = [site]
for u in used:
    free = [piece for f in free for piece in (f.address_exclude(u) if u.subnet_of(f) else [f])]
print(sorted(free))
print(list(ipaddress.collapse_addresses(free + used)))
