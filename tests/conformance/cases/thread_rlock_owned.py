# RLock's _is_owned and _recursion_count (what threading's own code asks the C lock), from the
# thread that holds it and from one that does not, and Condition._is_owned over it.
import threading

lock = threading.RLock()
print(lock._is_owned(), lock._recursion_count())
lock.acquire()
with lock:
    print(lock._is_owned(), lock._recursion_count())
    seen = []
    other = threading.Thread(target=lambda: seen.append((lock._is_owned(), lock._recursion_count())))
    other.start()
    other.join()
    print(seen)
print(lock._is_owned(), lock._recursion_count())
lock.release()
print(lock._is_owned(), lock._recursion_count())
cond = threading.Condition(lock)
with cond:
    print(cond._is_owned(), lock._recursion_count())
print(cond._is_owned())
