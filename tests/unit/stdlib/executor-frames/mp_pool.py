import multiprocessing as mp, traceback, time
def inv(x):
    time.sleep(0.1)
    return 1 / x
if __name__ == '__main__':
    with mp.Pool(2) as pool:
        try:
            pool.map(inv, [1, 0])
        except ZeroDivisionError:
            traceback.print_exc()
        try:
            pool.apply(inv, (0,))
        except ZeroDivisionError:
            traceback.print_exc()
        try:
            pool.starmap(divmod, [(1, 0)])
        except ZeroDivisionError:
            traceback.print_exc()
        try:
            for r in pool.imap(inv, [0]):
                pass
        except ZeroDivisionError:
            traceback.print_exc()
        try:
            pool.apply_async(inv, (0,)).get()
        except ZeroDivisionError as e:
            traceback.print_exc()
            print(repr(e.__cause__)[:40])
