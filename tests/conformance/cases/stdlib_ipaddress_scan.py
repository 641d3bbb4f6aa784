# ipaddress in an async network tool: a sweep of a subnet's hosts with bounded concurrency, a
# firewall of allowed and denied networks, log lines grouped by /24 and by kind of address.
import asyncio
import ipaddress

ALIVE = {ipaddress.ip_address(a) for a in ['192.168.10.1', '192.168.10.5', '192.168.10.9', '192.168.10.14']}


async def probe(host, sem, log):
    async with sem:
        await asyncio.sleep(0.01 * (int(host) % 7 + 1))
        up = host in ALIVE
        log.append((asyncio.get_running_loop().time(), str(host), up))
        return host, up


async def sweep(cidr):
    net = ipaddress.ip_network(cidr)
    sem = asyncio.Semaphore(4)
    log = []
    results = await asyncio.gather(*(probe(h, sem, log) for h in net.hosts()))
    for t, host, up in log:
        print(f'{t:.2f} {host:>15} {"up" if up else "down"}')
    alive = sorted(h for h, up in results if up)
    print('alive', [str(h) for h in alive], 'of', net.num_addresses - 2)
    print('collapsed', list(ipaddress.collapse_addresses(alive)))
    return alive


alive = asyncio.run(sweep('192.168.10.0/28'))

ALLOW = [ipaddress.ip_network(n) for n in ('10.0.0.0/8', '192.168.0.0/16', '2001:db8::/32')]
DENY = [ipaddress.ip_network(n) for n in ('10.66.0.0/16', '192.168.10.0/29')]


def allowed(addr):
    a = ipaddress.ip_address(addr)
    if any(a in n for n in DENY):
        return 'deny'
    if any(a in n for n in ALLOW):
        return 'allow'
    return 'default-deny' if a.is_global else 'default-local'


for addr in ['10.1.2.3', '10.66.1.1', '192.168.10.3', '192.168.10.9', '8.8.8.8', '127.0.0.1', '2001:db8::5', '::1',
             '2606:4700::1111', '::ffff:10.1.2.3', '100.64.1.1', '169.254.0.9']:
    a = ipaddress.ip_address(addr)
    print(f'{addr:>18} {allowed(addr):<13} {a.reverse_pointer}')

log = ['10.0.0.1', '10.0.0.2', '10.0.1.7', '10.0.0.1', '192.168.10.5', 'bad-host', '10.0.1.300', 'fe80::1%eth0',
       '2001:db8::1', '2001:db8::1', '::ffff:192.168.10.5']
groups = {}
for entry in log:
    try:
        a = ipaddress.ip_address(entry)
    except ValueError as e:
        print('skip:', e)
        continue
    key = ipaddress.ip_network(f'{a}/24', strict=False) if a.version == 4 else ipaddress.ip_network(f'{a.exploded[:19]}::/64' if a.scope_id is None else 'fe80::/64')
    groups.setdefault(key, []).append(a)
for key in sorted(groups, key=ipaddress.get_mixed_type_key):
    members = groups[key]
    print(key, len(members), len(set(members)), sorted(set(members))[0])
