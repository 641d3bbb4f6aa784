# At exit the interpreter waits for a child that is not a daemon, and stops a daemon child.
import multiprocessing as mp
import time


def talk(label, pause, times):
    for i in range(times):
        time.sleep(pause)
        print(f"{label} {i} at {time.time()}")


if __name__ == "__main__":
    mp.Process(target=talk, args=("daemon", 1, 5), daemon=True).start()
    mp.Process(target=talk, args=("regular", 0.75, 2)).start()
    time.sleep(0.5)
    print("main ends at", time.time(), "children:", len(mp.active_children()))
