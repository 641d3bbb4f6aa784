"""튜토리얼: multiprocessing.Manager()로 프로세스끼리 dict와 list를 공유하기.
각 작업 프로세스가 자기 결과를 공유 dict에 쓰고, 진행 기록을 공유 list에 덧붙인다."""
import multiprocessing
import time


def worker(num, results, log):
    time.sleep(0.1 * num)  # 시간이 걸리는 작업을 흉내 냅니다
    results[num] = num * num
    log.append(f"작업자 {num} 완료")
    print(f"작업자 {num}: {time.time():.1f}초에 끝남")


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        results = manager.dict()
        log = manager.list()
        processes = []
        for i in range(4):
            p = multiprocessing.Process(target=worker, args=(i, results, log))
            processes.append(p)
            p.start()
        for p in processes:
            p.join()

        # 프록시는 매니저 프로세스에 있는 진짜 객체를 가리킵니다
        print("결과:", results)
        print("기록:", log)
        print("dict로 복사:", results.copy(), type(results.copy()).__name__)
        print("정렬한 키:", sorted(results.keys()), "값의 합:", sum(results.values()))
        print("프록시 종류:", type(results).__name__, type(log).__name__)
        print("매니저 프로세스:", multiprocessing.active_children()[0].name)
        print("작업자 이름:", [p.name for p in processes])

        # 일반 dict는 자식 프로세스에서 바뀌어도 부모에게 보이지 않습니다
        plain = {}

        def fill(d):
            d["x"] = 1

        p = multiprocessing.Process(target=fill, args=(plain,))
        p.start()
        p.join()
        print("일반 dict:", plain)
        shared = manager.dict()
        p = multiprocessing.Process(target=fill, args=(shared,))
        p.start()
        p.join()
        print("공유 dict:", shared)
    print(f"끝: {time.time():.1f}초")
