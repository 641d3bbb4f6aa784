# The error a process's unpicklable argument raises is pickle's own PicklingError.
import multiprocessing
import pickle

if __name__ == '__main__':
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(lambda x: x, [1, 2])
        except pickle.PicklingError as e:
            print('caught', type(e).__module__, type(e).__name__)
