# logging's own reports: a record whose message cannot be formatted makes the handler print
# "--- Logging error ---", the traceback through logging's frames, the call stack down to the
# logging call, and the message and arguments; stack_info=True appends the stack to the record.
# Logger.fatal is a method of its own (not critical under another name). The reports go to
# sys.stderr: here into a StringIO, printed with the paths shortened (and frames of neither the
# program nor logging left out: a harness's own).
import io
import logging
import re
import sys

print(logging.Logger.fatal is logging.Logger.critical, logging.fatal is logging.critical)


def shown(text):
    out = []
    skipping = False
    for line in text.replace(__file__, 'PROGRAM').splitlines():
        if line.startswith('  File "'):
            skipping = 'PROGRAM' not in line and 'logging/__init__.py' not in line
            line = re.sub(r'"[^"]*/logging/__init__\.py"', '"LIB/logging/__init__.py"', line)
        elif not line.startswith('    '):
            skipping = False
        if not skipping:
            out.append(line)
    print('\n'.join(out))


errors = io.StringIO()
sys.stderr = errors
records = io.StringIO()
log = logging.getLogger('demo')
log.addHandler(logging.StreamHandler(records))
log.propagate = False


def report(count):
    log.warning('processed %d items', count)


def outer():
    report('many')


outer()
log.warning('with arguments %s and %s', 'one')
log.error('stack wanted', stack_info=True)
log.fatal('fatal goes to %s', 'critical')
logging.raiseExceptions = False
log.warning('quiet %d', 'failure')
sys.stderr = sys.__stderr__
shown(errors.getvalue())
print('--- records ---')
shown(records.getvalue())
