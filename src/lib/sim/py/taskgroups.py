# asyncio.taskgroups: TaskGroup, with CPython 3.13's abort, parent-cancel and error-collection rules,
# and 3.12's and 3.11's where they differ (_PY_MINOR: the minor version simulated).
# Behaviour follows CPython's Lib/asyncio/taskgroups.py per version; the code is Loopline's.

def _refuse(coro, exc):
    # 3.13 closes a coroutine it will not run; before, the coroutine lives on in the traceback's frame
    # (create_task's `coro`) until the exception goes, and is then reported never awaited.
    if _PY_MINOR >= 13:
        coro.close()
    else:
        _hold_until_handled(exc, coro)
    raise exc


def _is_fatal(exc):
    """SystemExit and KeyboardInterrupt end a group with themselves, not inside an exception group."""
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


def _is_cancellation(et):
    # Up to 3.12 only CancelledError itself counts as the body's cancellation; 3.13 takes subclasses.
    if et is None:
        return False
    if _PY_MINOR <= 12:
        return et is CancelledError
    return issubclass(et, CancelledError)


class TaskGroup:
    __module__ = 'asyncio.taskgroups'

    def __init__(self):
        # Facts: CPython's attribute names and order (vars() of a group shows them).
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None
        _remember_line(self)

    def __repr__(self):
        words = ['<TaskGroup']
        if self._tasks:
            words.append(f'tasks={len(self._tasks)}')
        if self._errors:
            words.append(f'errors={len(self._errors)}')
        if self._aborting:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return ' '.join(words) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = _running_loop()
        parent = self._parent_task = current_task(self._loop)
        if parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        # 3.14 exits in _aexit, a frame of its own in tracebacks; before, the exit is __aexit__'s.
        return await self._aexit(et, exc)

    def _take_back_parent_cancel(self):
        """Undo the cancel the group asked of its parent task; True when that leaves it none pending."""
        return self._parent_cancel_requested and self._parent_task.uncancel() == 0

    async def _aexit(self, et, exc):
        self._exiting = True
        if exc is not None and self._base_error is None and _is_fatal(exc):
            self._base_error = exc
        # The cancellation to pass on once the tasks are done, unless the group itself caused it.
        cancelled = exc if _is_cancellation(et) else None
        if _PY_MINOR <= 12 and self._take_back_parent_cancel():
            cancelled = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as err:
                # Cancelled while waiting: the tasks are cancelled, and so is the body's outcome.
                if not self._aborting:
                    cancelled = err
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if _PY_MINOR >= 13 and self._take_back_parent_cancel():
            cancelled = None
        if cancelled is not None and not self._errors:
            raise cancelled
        if et is not None and not _is_cancellation(et):
            self._errors.append(exc)
        if not self._errors:
            return
        parent = self._parent_task
        if _PY_MINOR >= 13 and parent.cancelling():
            # Cancelled from outside as well: cancel again, so its cancel count stays as it was.
            parent.uncancel()
            parent.cancel()
        # The group lets go of the errors it raises.
        errors, self._errors = self._errors, None
        raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        # Up to 3.12 a refused coroutine is not closed (it is reported never awaited), and a name is
        # set after the task took its Task-N number.
        if not self._entered:
            _refuse(coro, RuntimeError(f'TaskGroup {self!r} has not been entered'))
        if self._exiting and not self._tasks:
            _refuse(coro, RuntimeError(f'TaskGroup {self!r} is finished'))
        if self._aborting:
            _refuse(coro, RuntimeError(f'TaskGroup {self!r} is shutting down'))
        loop = self._loop
        if _PY_MINOR >= 14:
            # 3.14 hands on only the keywords given, and a task already done gets its callback too.
            given = {}
            if name is not None:
                given['name'] = name
            if context is not None:
                given['context'] = context
            task = loop.create_task(coro, **given)
            # The parent task awaits its group's tasks (asyncio's call graphs show it so).
            future_add_to_awaited_by(task, self._parent_task)
        elif _PY_MINOR == 13:
            task = loop.create_task(coro, name=name, context=context)
        else:
            task = loop.create_task(coro, context=context)
            if name is not None:
                task.set_name(name)
        if _PY_MINOR <= 13 and task.done():
            # An eager task that finished at once never joins the group.
            self._on_task_done(task)
            return task
        self._tasks[task] = None
        task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        # CPython's _tasks is a set: it cancels them in address order (Loopline: creation order).
        running = [t for t in self._tasks if not t.done()]
        _address_order('taskgroup', running, self)
        for t in running:
            t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if _PY_MINOR >= 14:
            future_discard_from_awaited_by(task, self._parent_task)
        waiter = self._on_completed_fut
        if waiter is not None and not self._tasks and not waiter.done():
            waiter.set_result(True)
        if task.cancelled():
            return
        err = task.exception()
        if err is None:
            return
        self._errors.append(err)
        if self._base_error is None and _is_fatal(err):
            self._base_error = err
        parent = self._parent_task
        if parent.done() or self._aborting or self._parent_cancel_requested:
            return
        # The first failure cancels the other tasks and the parent (the body's await ends).
        self._abort()
        self._parent_cancel_requested = True
        parent.cancel()
