# A child's traceback through multiprocessing/process.py: _bootstrap calling run(), Process.run the target.
import multiprocessing as mp
def failing(x):
    raise KeyError(x)
class Sub(mp.Process):
    def run(self):
        raise ValueError('from run')
class Calls(mp.Process):
    def run(self):
        super().run()
if __name__ == '__main__':
    for p in [Sub(), Calls(target=failing, args=(1,))]:
        p.start(); p.join()
