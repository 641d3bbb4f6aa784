# Shared memory between processes: a counter guarded by its lock, an array each worker fills, and
# the ctypes conversions the stored values go through.
import time
import multiprocessing as mp


def worker(counter, results, i):
    for _ in range(3):
        time.sleep(0.1)
        with counter.get_lock():
            counter.value += 1
    results[i] = i * i
    print(f"worker {i} done at {time.time():.1f}")


def read(shared):
    return shared.value


def conversions():
    big = mp.Value("i", 2**31 - 1)
    big.value += 1
    print("c_int wraps:", big.value, big)
    print("c_float rounds:", mp.Value("f", 0.1).value)
    print("c_byte:", mp.Value("b", 200).value, "c_ubyte:", mp.Value("B", -1).value)
    print(mp.Value("d"), mp.Value("c", b"x"), mp.Value("u", "z"), mp.RawValue("l", 5))
    print(mp.Value("i", 3, lock=False))
    letters = mp.Array("c", b"hello")
    print(letters.value, letters.raw, letters[1:3])
    letters.value = b"yo"
    print(letters[:], letters.value)
    nums = mp.Array("i", [1, 2, 3])
    nums[0] = 10
    nums[1:3] = [7, 8]
    print(nums[:], nums[-1], len(nums), list(nums), nums[::-1], sum(nums), 8 in nums)
    print(mp.RawArray("d", 3)[:], mp.Array("u", "héllo")[:])
    for bad in (lambda: nums.__setitem__(slice(0, 2), [1]), lambda: nums[5],
                lambda: nums.__setitem__(0, 1.5), lambda: nums["x"],
                lambda: mp.Value("d", "x"), lambda: mp.Value("c", "x"),
                lambda: mp.Value("u", "ab"), lambda: mp.Value("i", None), lambda: mp.Value("z")):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    print(type(big).__name__, type(big).__module__, type(nums).__name__, type(letters).__name__)


if __name__ == "__main__":
    conversions()
    start = time.time()
    counter = mp.Value("i", 0)
    results = mp.Array("i", 4)
    procs = [mp.Process(target=worker, args=(counter, results, i)) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("count:", counter.value, "squares:", results[:])
    print(f"took {time.time() - start:.1f}s")
    # A lock-guarded object crosses to a process only by fork, never pickled.
    with mp.Pool(1) as pool:
        try:
            pool.map(read, [counter])
        except RuntimeError as e:
            print("RuntimeError", e)
