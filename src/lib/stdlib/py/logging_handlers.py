# `logging.handlers`: the handlers that need no files or sockets. QueueHandler puts a formatted
# copy of each record on a queue (queue.Queue, asyncio.Queue, multiprocessing.Queue); QueueListener
# hands them to its handlers from a daemon thread of its own; BufferingHandler and MemoryHandler
# keep records until a capacity or a level; RotatingFileHandler writes to the in-memory file system
# and renames its files to NAME.1, NAME.2, ... when the next record would reach maxBytes. The
# timed and watched file handlers and the socket, syslog, SMTP and HTTP ones say they are not
# simulated.
import copy
import logging
import os
import queue
import sys
import threading

__all__ = ['QueueHandler', 'QueueListener', 'BufferingHandler', 'MemoryHandler', 'BaseRotatingHandler',
           'RotatingFileHandler']

_Handler = logging.Handler
_FileHandler = logging.FileHandler


class QueueHandler(_Handler):
    def __init__(self, queue):
        _Handler.__init__(self)
        self.queue = queue
        if sys.version_info >= (3, 12):
            # dictConfig's listener for this handler, when it made one
            self.listener = None

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        # The message is merged with its arguments (by this handler's formatter) into a copy
        # that carries nothing that cannot be pickled.
        text = self.format(record)
        prepared = copy.copy(record)
        prepared.message = prepared.msg = text
        prepared.args = prepared.exc_info = prepared.exc_text = prepared.stack_info = None
        return prepared

    def emit(self, record):
        try:
            ready = self.prepare(record)
            self.enqueue(ready)
        except Exception:
            self.handleError(record)


class QueueListener:
    # Drains a queue on a daemon thread into its handlers until stop() puts the sentinel in.
    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    if sys.version_info >= (3, 14):
        def __enter__(self):
            self.start()
            return self

        def __exit__(self, *args):
            self.stop()

    def dequeue(self, block):
        return self.queue.get(block)

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        picky = self.respect_handler_level
        for target in self.handlers:
            if picky and record.levelno < target.level:
                continue
            target.handle(record)

    def start(self):
        if sys.version_info >= (3, 14) and self._thread is not None:
            raise RuntimeError('Listener already started')
        worker = threading.Thread(target=self._monitor, daemon=True)
        self._thread = worker
        worker.start()

    def _monitor(self):
        source = self.queue
        done = source.task_done if hasattr(source, 'task_done') else None
        while True:
            try:
                item = self.dequeue(True)
            except queue.Empty:
                return
            last = item is self._sentinel
            if not last:
                self.handle(item)
            if done is not None:
                done()
            if last:
                return

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        worker = self._thread
        if worker:
            self.enqueue_sentinel()
            worker.join()
            self._thread = None


class BufferingHandler(_Handler):
    # Keeps every record in .buffer; flush() (here: forget them) once shouldFlush() says so.
    def __init__(self, capacity):
        _Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            _Handler.close(self)


class MemoryHandler(BufferingHandler):
    # A BufferingHandler that passes its records on to `target` when full or at flushLevel.
    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.target = target
        self.flushLevel = flushLevel
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return record.levelno >= self.flushLevel or len(self.buffer) >= self.capacity

    def setTarget(self, target):
        self.target = target

    def flush(self):
        receiver = self.target
        if not receiver:
            return
        for held in self.buffer:
            receiver.handle(held)
        self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)


class BaseRotatingHandler(_FileHandler):
    # A FileHandler that asks shouldRollover() before each record and calls doRollover() if so.
    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        _FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def rotation_filename(self, default_name):
        return self.namer(default_name) if callable(self.namer) else default_name

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            _FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):  # with delay, the file may never have been made
            os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'  # rotation appends, whatever mode was asked for
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _backup_name(self, n):
        return self.rotation_filename(f'{self.baseFilename}.{n}')

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            # NAME.(k) -> NAME.(k+1) from the oldest kept down, then NAME -> NAME.1.
            for n in reversed(range(1, self.backupCount)):
                newer, older = self._backup_name(n), self._backup_name(n + 1)
                if os.path.exists(newer):
                    if os.path.exists(older):
                        os.remove(older)
                    os.rename(newer, older)
            first = self.rotation_filename(self.baseFilename + '.1')
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        not_regular = os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename)
        if sys.version_info < (3, 13) and not_regular:
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        if sys.version_info >= (3, 13):
            # 3.13 never rolls an empty file over, and asks about the file's kind only then.
            pos = self.stream.tell()
            if not pos:
                return False
        else:
            self.stream.seek(0, 2)
            pos = self.stream.tell()
        if pos + len(f'{self.format(record)}\n') < self.maxBytes:
            return False
        if sys.version_info >= (3, 13):
            return not (os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename))
        return True


def _not_simulated(name, what):
    class Refused(_Handler):
        def __init__(self, *args, **kwargs):
            raise NotImplementedError(f'logging.handlers.{name}: {what} are not simulated in Loopline')
    Refused.__name__ = Refused.__qualname__ = name
    return Refused


WatchedFileHandler = _not_simulated('WatchedFileHandler', 'files')
TimedRotatingFileHandler = _not_simulated('TimedRotatingFileHandler', 'files')
SocketHandler = _not_simulated('SocketHandler', 'sockets')
DatagramHandler = _not_simulated('DatagramHandler', 'sockets')
SysLogHandler = _not_simulated('SysLogHandler', 'syslog sockets')
SMTPHandler = _not_simulated('SMTPHandler', 'mail servers')
HTTPHandler = _not_simulated('HTTPHandler', 'HTTP requests')
NTEventLogHandler = _not_simulated('NTEventLogHandler', 'Windows event logs')
