# Process.sentinel before start() (and the main process's own): CPython's ValueError, not an
# AttributeError; a closed process object refuses first.
import multiprocessing


def work():
    pass


if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    for who in (p, multiprocessing.current_process()):
        try:
            print(who.sentinel)
        except ValueError as e:
            print("ValueError:", e)
    p.close()
    try:
        p.sentinel
    except ValueError as e:
        print("ValueError:", e)
