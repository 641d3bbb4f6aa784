/** The words of the process lanes (process-lanes.ts) in English and Korean. */

export interface ProcessStrings {
  /** The header row above the process lanes. */
  header: string;
  headerTip: string;
  /** A process lane's label; the main process's says it is the program itself. */
  label: (name: string, main: boolean) => string;
  laneTip: (name: string, main: boolean, started: string, ended: string | null) => string;
  computes: (name: string, from: string, to: string) => string;
  noCore: (name: string, from: string, to: string) => string;
  sleeps: (name: string, what: string, from: string, to: string) => string;
  select: (name: string, from: string, to: string) => string;
  waits: (name: string, what: string, from: string, to: string) => string;
  /** A pool worker (of the pool class `pool`) waits for its next job on the pool's queue. */
  idle: (name: string, pool: string, from: string, to: string) => string;
}

export const PROCESS_STRINGS: Record<'en' | 'ko', ProcessStrings> = {
  en: {
    header: 'Processes',
    headerTip:
      "The program's processes, a lane each: a full bar where the process computes on a core (each process has a GIL of its own), a thin one where it waits",
    label: (name, main) => (main ? `${name} (this program)` : name),
    laneTip: (name, main, started, ended) =>
      main
        ? `${name}: the program's own process, which starts the others`
        : `${name}: a process started at ${started}${ended ? `, ended at ${ended}` : ', still running at the end'}`,
    computes: (name, from, to) => `${name} computes on a core from ${from} to ${to}`,
    noCore: (name, from, to) => `${name} is ready but waits for a free core from ${from} to ${to}`,
    sleeps: (name, what, from, to) => `${name} sleeps in ${what} from ${from} to ${to}`,
    select: (name, from, to) => `${name}: the event loop waits in select() from ${from} to ${to}`,
    waits: (name, what, from, to) => `${name} waits for ${what} from ${from} to ${to}`,
    idle: (name, pool, from, to) =>
      `${name} is idle from ${from} to ${to}: it waits for work on its ${pool}'s job queue`,
  },
  ko: {
    header: '프로세스',
    headerTip:
      '프로그램의 프로세스마다 레인 하나: 굵은 막대는 코어에서 계산 중 (프로세스마다 GIL이 따로 있음), 가는 막대는 기다리는 구간',
    label: (name, main) => (main ? `${name} (이 프로그램)` : name),
    laneTip: (name, main, started, ended) =>
      main
        ? `${name}: 다른 프로세스를 시작하는 프로그램 자신의 프로세스`
        : `${name}: ${started}에 시작한 프로세스${ended ? `, ${ended}에 끝남` : ', 끝날 때까지 실행 중'}`,
    computes: (name, from, to) => `${name}: ${from}부터 ${to}까지 코어에서 계산`,
    noCore: (name, from, to) => `${name}: ${from}부터 ${to}까지 실행할 수 있지만 빈 코어를 기다림`,
    sleeps: (name, what, from, to) => `${name}: ${from}부터 ${to}까지 ${what} 안에서 잠듦`,
    select: (name, from, to) => `${name}: ${from}부터 ${to}까지 이벤트 루프가 select()에서 기다림`,
    waits: (name, what, from, to) => `${name}: ${from}부터 ${to}까지 ${what} 기다림`,
    idle: (name, pool, from, to) => `${name}: ${from}부터 ${to}까지 유휴: ${pool} 작업 큐에서 일을 기다림`,
  },
};
