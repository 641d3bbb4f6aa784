# Two threads take two locks in opposite orders: each holds one and waits for the other, and the
# main thread waits to join them. CPython hangs; the run stops naming what each thread waits for.
import threading
import time

fork = threading.Lock()
knife = threading.Lock()


def left():
    with fork:
        print("left has the fork")
        time.sleep(0.1)
        with knife:
            print("left eats")


def right():
    with knife:
        print("right has the knife")
        time.sleep(0.1)
        with fork:
            print("right eats")


a = threading.Thread(target=left, name="left")
b = threading.Thread(target=right, name="right")
a.start()
b.start()
a.join()
b.join()
print("never printed")
