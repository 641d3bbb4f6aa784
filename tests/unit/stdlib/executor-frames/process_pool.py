import concurrent.futures as cf
import time
import traceback


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f'cannot parse {text!r}') from e


def divide(n):
    time.sleep(0.1 + n / 50)
    return 10 / n


if __name__ == '__main__':
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        try:
            ex.submit(parse, 'x1').result()
        except RuntimeError as e:
            traceback.print_exc()
            print(type(e.__cause__).__name__, e.__context__ is e.__cause__, e.__traceback__ is not None)
        for r in ex.map(divide, [5, 0]):
            print(r)
