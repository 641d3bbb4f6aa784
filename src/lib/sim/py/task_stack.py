# Task.get_stack and Task.print_stack, as asyncio's base_tasks.py defines them: a task's stack is
# its coroutine's frame and the program frames that resumed it (only that frame while it is
# suspended); once the coroutine has finished, the frames of the exception the task ended with.


def _frames_along(first, step, limit):
    # The frames from `first` on, following `step`, at most `limit` of them (None: all).
    frames = []
    node = first
    while node is not None and (limit is None or len(frames) < limit):
        frames.append(node)
        node = step(node)
    return frames


def _task_get_stack(self, *, limit=None):
    coro = self.get_coro()
    frame = None
    for attr in ('cr_frame', 'gi_frame', 'ag_frame'):
        if hasattr(coro, attr):
            frame = getattr(coro, attr)
            break
    if limit is not None and limit <= 0:
        return []
    if frame is not None:
        # Counted from the innermost frame, then put outermost first.
        frames = _frames_along(frame, lambda f: f.f_back, limit)
        frames.reverse()
        return frames
    if self._exception is None:
        return []
    tracebacks = _frames_along(self._exception.__traceback__, lambda tb: tb.tb_next, limit)
    return [tb.tb_frame for tb in tracebacks]


def _task_print_stack(self, *, limit=None, file=None):
    import traceback
    # The header goes where print() writes (stdout for file=None), the frames where print_list
    # does (stderr for file=None), as in CPython.
    entries = [(f.f_code.co_filename, f.f_lineno, f.f_code.co_name, None) for f in self.get_stack(limit=limit)]
    exc = self._exception
    if not entries:
        print(f'No stack for {self!r}', file=file)
    elif exc is None:
        print(f'Stack for {self!r} (most recent call last):', file=file)
    else:
        print(f'Traceback for {self!r} (most recent call last):', file=file)
    traceback.print_list(entries, file=file)
    if exc is not None:
        for line in traceback.format_exception_only(type(exc), exc):
            print(line, file=file, end='')
