/** The words of the thread lanes (thread-lanes.ts) in English and Korean. */

export interface ThreadStrings {
  /** The header row above the thread lanes. */
  header: string;
  headerTip: string;
  /** A thread lane's label; the main thread's says it runs the event loop. */
  label: (name: string, main: boolean) => string;
  laneTip: (name: string, main: boolean, started: string, ended: string | null) => string;
  /** The main thread's tip in a program that ran no event loop. */
  mainTip: (name: string) => string;
  runs: (name: string, t: string) => string;
  sleeps: (name: string, what: string, from: string, to: string) => string;
  select: (name: string, from: string, to: string) => string;
  blocked: (name: string, on: string, from: string, to: string) => string;
  waits: (name: string, what: string, from: string, to: string) => string;
  /** A pool worker (of the pool class `pool`) waits for its next job on the pool's queue. */
  idle: (name: string, pool: string, from: string, to: string) => string;
  /** Its slice is over (CPU work taking time): it is ready, and waits for the GIL. */
  gil: (name: string, from: string, to: string) => string;
}

export const THREAD_STRINGS: Record<'en' | 'ko', ThreadStrings> = {
  en: {
    header: 'Threads',
    headerTip:
      "The program's threads, a lane each: a full bar where the thread holds the GIL (runs), a thin one where it is blocked",
    label: (name, main) => (main ? `${name} (event loop)` : name),
    laneTip: (name, main, started, ended) =>
      main
        ? `${name}: the thread that runs the event loop and every task`
        : `${name}: a thread started at ${started}${ended ? `, ended at ${ended}` : ', still running at the end'}`,
    mainTip: (name) => `${name}: the program's main thread (no event loop ran)`,
    runs: (name, t) => `${name} holds the GIL and runs at ${t}`,
    sleeps: (name, what, from, to) => `${name} sleeps in ${what} from ${from} to ${to}, without the GIL`,
    select: (name, from, to) =>
      `${name}: the event loop waits in select() from ${from} to ${to} (for its next timer or a thread's call_soon_threadsafe), without the GIL`,
    blocked: (name, on, from, to) => `${name} is blocked on ${on} from ${from} to ${to}, without the GIL`,
    waits: (name, what, from, to) => `${name} waits for ${what} from ${from} to ${to}, without the GIL`,
    idle: (name, pool, from, to) =>
      `${name} is idle from ${from} to ${to}: it waits for work on its ${pool}'s job queue, without the GIL`,
    gil: (name, from, to) => `${name} is ready and waits for the GIL (another thread computes) from ${from} to ${to}`,
  },
  ko: {
    header: '스레드',
    headerTip: '프로그램의 스레드마다 레인 하나: 굵은 막대는 GIL을 잡고 실행 중, 가는 막대는 막혀 있는 구간',
    label: (name, main) => (main ? `${name} (이벤트 루프)` : name),
    laneTip: (name, main, started, ended) =>
      main
        ? `${name}: 이벤트 루프와 모든 태스크를 실행하는 스레드`
        : `${name}: ${started}에 시작한 스레드${ended ? `, ${ended}에 끝남` : ', 끝날 때까지 실행 중'}`,
    mainTip: (name) => `${name}: 프로그램의 메인 스레드 (이벤트 루프 없음)`,
    runs: (name, t) => `${name}: ${t}에 GIL을 잡고 실행`,
    sleeps: (name, what, from, to) => `${name}: ${from}부터 ${to}까지 ${what} 안에서 잠듦 (GIL 없음)`,
    select: (name, from, to) =>
      `${name}: ${from}부터 ${to}까지 이벤트 루프가 select()에서 기다림 (다음 타이머나 스레드의 call_soon_threadsafe), GIL 없음`,
    blocked: (name, on, from, to) => `${name}: ${from}부터 ${to}까지 ${on}에서 막힘 (GIL 없음)`,
    waits: (name, what, from, to) => `${name}: ${from}부터 ${to}까지 ${what} 기다림 (GIL 없음)`,
    idle: (name, pool, from, to) => `${name}: ${from}부터 ${to}까지 유휴: ${pool} 작업 큐에서 일을 기다림 (GIL 없음)`,
    gil: (name, from, to) => `${name}: ${from}부터 ${to}까지 실행할 수 있지만 GIL을 기다림 (다른 스레드가 계산 중)`,
  },
};
