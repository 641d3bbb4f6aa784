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


class QueueHandler(logging.Handler):
    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue
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
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self.respect_handler_level = respect_handler_level
        self._thread = None

    def dequeue(self, block):
        return self.queue.get(block)

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def start(self):
        if self._thread is not None:
            raise RuntimeError('Listener already started')
        self._thread = threading.Thread(target=self._monitor, daemon=True)
        self._thread.start()

    def _monitor(self):
        source = self.queue
        counts = hasattr(source, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                return
            if record is self._sentinel:
                if counts:
                    source.task_done()
                return
            self.handle(record)
            if counts:
                source.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread is not None:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None


class BufferingHandler(logging.Handler):
    def __init__(self, capacity):
        logging.Handler.__init__(self)
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
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target is not None:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)


class BaseRotatingHandler(logging.FileHandler):
    # A FileHandler that asks shouldRollover() before each record and calls doRollover() if so.
    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        return self.namer(default_name) if callable(self.namer) else default_name

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

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            # NAME.(k) -> NAME.(k+1) from the oldest kept down, then NAME -> NAME.1.
            for i in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename(f'{self.baseFilename}.{i + 1}')
                newer = self.rotation_filename(f'{self.baseFilename}.{i}')
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
    class Refused(logging.Handler):
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
