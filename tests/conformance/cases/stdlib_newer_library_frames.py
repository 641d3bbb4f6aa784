# Errors raised inside the library modules CPython writes in Python (ipaddress's factories,
# sched.scheduler.cancel, uuid.uuid3/uuid5): the traceback shows the library file's frame
# between the program's line and the error, as python3 prints it (printed with the library's
# folder and the program's path, which differ between installations, shortened; the last error is
# left uncaught).
import ipaddress
import os
import sched
import traceback
import uuid

LIB = os.path.dirname(ipaddress.__file__)


def show(f, *args):
    try:
        f(*args)
    except Exception:
        print(traceback.format_exc().replace(LIB, '<lib>').replace(__file__, '<program>').replace(os.path.basename(__file__), '<program>'), end='')


show(ipaddress.ip_address, '1.2.3')
show(ipaddress.ip_network, '1.2.3.4/33')
show(ipaddress.ip_interface, 'nope')
s = sched.scheduler()
event = s.enter(1, 1, print)
s.cancel(event)
show(s.cancel, event)
show(uuid.uuid3, 'not a uuid', 'name')
show(uuid.uuid5, None, 'name')
ipaddress.ip_network('10.0.0.300/8')
