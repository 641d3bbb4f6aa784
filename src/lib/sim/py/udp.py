# The program's UDP sockets (stdlib's _loopback.py) are reported to the loop by sockets.py's
# selector, as its TCP sockets are; asyncio's datagram endpoints are datagrams.py.
