/** The process tests' program: two processes that sleep 0.5 s, then compute, on one core. */
// 40,000 iterations of 1 operation each: 0.004 s of CPU time (0.1 µs an operation).
export const ONE_CORE = `# sim: cores 1
import multiprocessing as mp
import time

def work():
    time.sleep(0.5)
    n = 0
    while n < 40_000:
        n += 1

if __name__ == "__main__":
    ps = [mp.Process(target=work) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
`;
