# ipaddress: a seeded random sample of IPv4 and IPv6 addresses (with addresses from the special
# blocks mixed in) and networks, each with every property printed: forms, packing, flags,
# formatting, arithmetic, and for networks masks, hosts, subnets, supernets and containment.
import ipaddress
import random

rng = random.Random(1234)


def attempt(f):
    try:
        return f()
    except (ValueError, TypeError) as e:
        return f'{type(e).__name__}: {e}'

SPECIAL4 = ['0.0.0.0', '127.0.0.1', '10.1.2.3', '172.16.5.4', '172.32.0.1', '192.168.1.1', '169.254.10.20',
            '100.64.0.1', '100.127.255.255', '192.0.0.1', '192.0.0.9', '192.0.0.10', '192.0.0.170', '192.0.0.200',
            '192.0.2.55', '198.18.0.1', '198.51.100.7', '203.0.113.9', '224.0.0.1', '239.255.255.250',
            '240.0.0.1', '255.255.255.255', '8.8.8.8', '1.1.1.1']
SPECIAL6 = ['::', '::1', '::ffff:192.168.1.1', '::ffff:8.8.8.8', '::ffff:127.0.0.1', '::ffff:0.0.0.0',
            '::ffff:224.0.0.1', '::ffff:169.254.1.1', '::ffff:240.0.0.1', '64:ff9b::1', '64:ff9b:1::5',
            '100::1', '2001::1', '2001:1::1', '2001:1::3', '2001:2::1', '2001:3::1', '2001:4:112::1',
            '2001:10::1', '2001:20::1', '2001:30::1', '2001:db8::1', '2002:c000:204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2',
            '3fff::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fec0::1', 'ff02::1', 'fe80::1%eth0', '2606:4700::1111',
            '1:0:0:2:0:0:0:3', '0:0:1::', '1::', 'a:b:c:d:e:f:0:1']


def describe_address(a):
    print(repr(a), str(a), a.version, a.max_prefixlen, int(a), a.packed.hex(), a.compressed)
    flags = [name for name in ('is_private', 'is_global', 'is_loopback', 'is_multicast', 'is_link_local',
                               'is_reserved', 'is_unspecified') if getattr(a, name)]
    print('  flags', flags, attempt(lambda: a.reverse_pointer))
    print('  fmt', format(a, 'b')[:12], format(a, '#x'), format(a, '_X'), format(a, 'n')[-8:], f'{a:>42s}|', f'{a!s:^20}|')
    print('  math', a + 1 if int(a) < 2 ** a.max_prefixlen - 1 else None, a - 1 if int(a) else None)
    if a.version == 6:
        print('  v6', a.scope_id, a.ipv4_mapped, a.sixtofour, a.teredo, a.is_site_local)
        print('  exploded', attempt(lambda: a.exploded))
    else:
        print('  exploded', a.exploded)


for text in SPECIAL4 + [str(ipaddress.IPv4Address(rng.getrandbits(32))) for _ in range(25)]:
    describe_address(ipaddress.ip_address(text))
for text in SPECIAL6 + [str(ipaddress.IPv6Address(rng.getrandbits(128) >> rng.choice([0, 0, 16, 64, 96]))) for _ in range(25)]:
    describe_address(ipaddress.ip_address(text))


def describe_network(n):
    print(repr(n), n.num_addresses, n.netmask, n.hostmask, n.broadcast_address, n.with_prefixlen, n.with_netmask,
          n.with_hostmask)
    flags = [name for name in ('is_private', 'is_global', 'is_loopback', 'is_multicast', 'is_link_local',
                               'is_reserved', 'is_unspecified') if getattr(n, name)]
    print('  flags', flags, attempt(lambda: n.exploded), n.compressed)
    hosts = list(n.hosts()) if n.num_addresses <= 8 else None
    print('  hosts', hosts, n[0], n[-1], n[1] if n.num_addresses > 1 else None)
    if n.prefixlen < n.max_prefixlen:
        print('  subnets', list(n.subnets())[:2], list(n.subnets(new_prefix=min(n.max_prefixlen, n.prefixlen + 2)))[-1])
    print('  supernet', n.supernet(), n.supernet(new_prefix=max(0, n.prefixlen - 3)), n.supernet(prefixlen_diff=0))
    if n.num_addresses > 2:
        inner = next(n.subnets(new_prefix=n.max_prefixlen))
        print('  exclude', list(n.address_exclude(ipaddress.ip_network(inner)))[:4])
        print('  contains', inner in n, (n.network_address + (n.num_addresses - 1)) in n, inner.subnet_of(n) if hasattr(inner, 'subnet_of') else None)


nets4 = ['0.0.0.0/0', '10.0.0.0/8', '192.168.0.0/16', '192.168.1.0/24', '192.0.0.0/24', '192.0.0.0/29', '192.0.0.8/30',
         '100.64.0.0/10', '100.64.0.0/11', '127.0.0.0/8', '224.0.0.0/4', '240.0.0.0/4', '169.254.0.0/16',
         '203.0.113.0/24', '8.8.8.0/24', '1.2.3.4/32', '1.2.3.4/31', '10.0.0.0/30', '255.255.255.255/32']
nets6 = ['::/0', '::/128', '::1/128', 'fe80::/10', 'fe80::/64', 'fc00::/7', '2001:db8::/32', '2001:db8::/126',
         '2001::/23', '2001::/32', '2001:20::/28', '2002::/16', '3fff::/20', 'ff00::/8', '::ffff:0:0/96',
         '64:ff9b:1::/48', '2001:db8::1/128', '2001:db8::/127', 'fec0::/10']
for _ in range(15):
    plen = rng.randint(0, 32)
    nets4.append(str(ipaddress.IPv4Network((rng.getrandbits(32), plen), strict=False)))
    plen = rng.randint(0, 128)
    nets6.append(str(ipaddress.IPv6Network((rng.getrandbits(128), plen), strict=False)))
for text in nets4 + nets6:
    describe_network(ipaddress.ip_network(text))

for text in ['192.168.1.5/24', '10.0.0.1/255.0.0.0', '10.0.0.1/0.0.0.255', '2001:db8::5/64', 'fe80::1%eth0/64',
             '::1/128', '::ffff:1.2.3.4/96', '0.0.0.0/0', '::/0']:
    i = ipaddress.ip_interface(text)
    print(repr(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask)
    print('  ', i.is_private, i.is_loopback, i.is_unspecified, attempt(lambda: i.exploded), i.compressed, i == i.ip, i.ip == i)
