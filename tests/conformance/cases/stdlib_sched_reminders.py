# sched on the virtual clock: reminders entered by delay and by absolute time, priorities breaking
# ties, a cancelled event, run(blocking=False), a job that schedules the next one, kwargs.
import sched
import time

start = time.monotonic()
log = []


def stamp():
    return round(time.monotonic() - start, 3)


def remind(what, *, who="everyone"):
    print(f"{stamp():6.3f} {what} ({who})")


s = sched.scheduler(time.monotonic, time.sleep)
first = s.enter(0.5, 1, remind, ("stand up",))
s.enter(0.5, 0, remind, ("coffee",), {"who": "ana"})
dropped = s.enter(0.7, 1, remind, ("never",))
s.enterabs(start + 0.2, 5, remind, ("early",))
s.enter(1.0, 1, print, ("plain print",))
print(len(s.queue), [e.priority for e in s.queue], s.empty())
s.cancel(dropped)
print([(round(e.time - start, 3), e.priority, e.argument) for e in s.queue])
try:
    s.cancel(dropped)
except ValueError as e:
    print("ValueError", e)
print("first is an Event:", type(first).__name__, first._fields, first.sequence < dropped.sequence)
left = s.run(blocking=False)
print("not yet due, wait", round(left, 3))
s.run()
print(s.empty(), stamp())

# A repeating job: each run schedules the next until a count is reached.
count = 0


def tick():
    global count
    count += 1
    print(f"{stamp():6.3f} tick {count}")
    if count < 4:
        s.enter(0.25, 1, tick)


s.enter(0, 1, tick)
s.run()
