# asyncio.taskgroups: TaskGroup, with CPython 3.13's abort, parent-cancel and error-collection rules,
# and 3.12's and 3.11's where they differ (_PY_MINOR: the minor version simulated).
# Mirrors https://github.com/python/cpython/blob/3.13/Lib/asyncio/taskgroups.py (and 3.12's)

def _refuse(coro, exc):
    # 3.13 closes a coroutine it will not run; before, the coroutine lives on in the traceback's frame
    # (create_task's `coro`) until the exception goes, and is then reported never awaited.
    if _PY_MINOR >= 13:
        coro.close()
    else:
        _hold_until_handled(exc, coro)
    raise exc


class TaskGroup:
    __module__ = 'asyncio.taskgroups'

    def __init__(self):
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
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f'<TaskGroup{" ".join(info)}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = _running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        # 3.14 exits in _aexit, a frame of its own in tracebacks; before, the exit is __aexit__'s.
        return await self._aexit(et, exc)

    async def _aexit(self, et, exc):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if _PY_MINOR <= 12:
            propagate_cancellation_error = exc if et is CancelledError else None
            if self._parent_cancel_requested:
                if self._parent_task.uncancel() == 0:
                    propagate_cancellation_error = None
        elif et is not None and issubclass(et, CancelledError):
            propagate_cancellation_error = exc
        else:
            propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if _PY_MINOR <= 12:
            if propagate_cancellation_error and not self._errors:
                raise propagate_cancellation_error
            if et is not None and et is not CancelledError:
                self._errors.append(exc)
        else:
            if self._parent_cancel_requested:
                if self._parent_task.uncancel() == 0:
                    propagate_cancellation_error = None
            if propagate_cancellation_error is not None and not self._errors:
                raise propagate_cancellation_error
            if et is not None and not issubclass(et, CancelledError):
                self._errors.append(exc)
        if self._errors:
            if _PY_MINOR >= 13 and self._parent_task.cancelling():
                self._parent_task.uncancel()
                self._parent_task.cancel()
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        # Up to 3.12 a refused coroutine is not closed (it is reported never awaited), and a name is
        # set after the task took its Task-N number.
        if not self._entered:
            _refuse(coro, RuntimeError(f'TaskGroup {self!r} has not been entered'))
        if self._exiting and not self._tasks:
            _refuse(coro, RuntimeError(f'TaskGroup {self!r} is finished'))
        if self._aborting:
            _refuse(coro, RuntimeError(f'TaskGroup {self!r} is shutting down'))
        if _PY_MINOR <= 12:
            task = self._loop.create_task(coro, context=context)
            if name is not None:
                task.set_name(name)
        elif _PY_MINOR >= 14:
            # 3.14 hands on only the keywords given, and a task already done gets its callback too.
            kwargs = {}
            if name is not None:
                kwargs['name'] = name
            if context is not None:
                kwargs['context'] = context
            task = self._loop.create_task(coro, **kwargs)
            # The parent task awaits its group's tasks (asyncio's call graphs show it so).
            future_add_to_awaited_by(task, self._parent_task)
            self._tasks[task] = None
            task.add_done_callback(self._on_task_done)
            return task
        else:
            task = self._loop.create_task(coro, name=name, context=context)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks[task] = None
            task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        # CPython's _tasks is a set: it cancels them in address order (Loopline: creation order).
        _address_order('taskgroup', [t for t in self._tasks if not t.done()], self)
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if _PY_MINOR >= 14:
            future_discard_from_awaited_by(task, self._parent_task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
