"""Logging configuration."""
# asyncio.log: the 'asyncio' logger that the event loop's error reports go through
# (default_exception_handler logs on logging.getLogger('asyncio'), which is this one).

import logging


logger = logging.getLogger('asyncio')
