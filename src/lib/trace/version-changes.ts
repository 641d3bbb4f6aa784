/**
 * The catalogue of known changes between CPython 3.11 and 3.14 that a program's trace can show
 * (asyncio's Lib/asyncio of each version, What's New, and the per-version goldens of
 * tests/conformance), each with one sentence saying why, in English and Korean. version-diff.ts
 * attaches an entry to a difference when the two versions lie on either side of `since` and the
 * entry recognises the difference (its texts, or the program's source).
 */
import type { PythonVersion } from '../ir/python-version';

/** What a difference is about: the trace part it is in. */
export type DifferenceKind = 'step' | 'output' | 'warning' | 'error' | 'tasks' | 'end';

/** What an entry looks at: the kind, both sides' texts, and the program. */
interface DifferenceFacts {
  kind: DifferenceKind;
  /** Both sides' texts of the difference, joined. */
  text: string;
  /** Each side's text (null: nothing there). */
  a: string | null;
  b: string | null;
  source: string;
}

export interface VersionChange {
  id: string;
  /** The first version with the new behaviour. */
  since: PythonVersion;
  en: string;
  ko: string;
  matches: (d: DifferenceFacts) => boolean;
}

const calls = (source: string, name: string) => new RegExp(`\\b${name}\\s*\\(`).test(source);
const ordering = (k: DifferenceKind) => k === 'step' || k === 'tasks' || k === 'end';
/** The two sides are the same but for the numbers of Task-N names. */
const renumbered = (d: DifferenceFacts) =>
  d.a !== null && d.b !== null && d.a.replace(/Task-\d+/g, 'Task-N') === d.b.replace(/Task-\d+/g, 'Task-N');

export const VERSION_CHANGES: readonly VersionChange[] = [
  {
    id: 'wait-for-task',
    since: '3.12',
    en: 'From 3.12 asyncio.wait_for() awaits the coroutine inside asyncio.timeout() instead of wrapping it in a new Task, so there is one task (and one Task-N number) fewer and fewer steps.',
    ko: '3.12부터 asyncio.wait_for()는 코루틴을 새 Task로 감싸지 않고 asyncio.timeout() 안에서 직접 await하므로, 태스크(와 Task-N 번호)가 하나 줄고 스텝도 줄어듭니다.',
    matches: (d) => calls(d.source, 'wait_for') && (ordering(d.kind) || /Task-\d/.test(d.text)),
  },
  {
    id: 'gather-done',
    since: '3.12',
    en: 'From 3.12 asyncio.gather() collects futures that are already done at once instead of waiting for their done-callbacks, which saves loop iterations.',
    ko: '3.12부터 asyncio.gather()는 이미 끝난 퓨처의 결과를 완료 콜백을 기다리지 않고 바로 모으므로 루프 반복이 줄어듭니다.',
    matches: (d) => calls(d.source, 'gather') && ordering(d.kind),
  },
  {
    id: 'eager-tasks',
    since: '3.12',
    en: '3.12 added eager tasks (asyncio.eager_task_factory, create_eager_task_factory): before 3.12 these names do not exist.',
    ko: '3.12에서 eager 태스크(asyncio.eager_task_factory, create_eager_task_factory)가 추가되었습니다. 3.12 전에는 이 이름들이 없습니다.',
    matches: (d) => /eager/.test(d.text) || /eager_task_factory/.test(d.source),
  },
  {
    id: 'get-event-loop-warning',
    since: '3.12',
    en: 'From 3.12 asyncio.get_event_loop() without a running or set loop emits "DeprecationWarning: There is no current event loop" before making one.',
    ko: '3.12부터 실행 중이거나 설정된 루프 없이 asyncio.get_event_loop()를 부르면 루프를 만들기 전에 "DeprecationWarning: There is no current event loop" 경고를 냅니다.',
    matches: (d) => /no current event loop/.test(d.text) && d.kind === 'warning',
  },
  {
    id: 'get-event-loop-error',
    since: '3.14',
    en: 'In 3.14 asyncio.get_event_loop() without a running or set loop no longer makes one: it raises RuntimeError (3.12 and 3.13 only warned).',
    ko: '3.14에서는 실행 중이거나 설정된 루프 없이 asyncio.get_event_loop()를 부르면 루프를 만들지 않고 RuntimeError를 냅니다(3.12와 3.13은 경고만 했습니다).',
    matches: (d) => calls(d.source, 'get_event_loop'),
  },
  {
    id: 'syntax-warning-literal',
    since: '3.12',
    en: 'From 3.12 the SyntaxWarning for "is" with a literal names the literal\'s type (\'int\' literal, not "a literal").',
    ko: '3.12부터 리터럴과 "is"를 쓸 때의 SyntaxWarning이 리터럴의 타입을 밝힙니다("a literal" 대신 \'int\' literal).',
    matches: (d) => /SyntaxWarning/.test(d.text) && /literal/.test(d.text),
  },
  {
    id: 'float-sum',
    since: '3.12',
    en: 'From 3.12 sum() adds floats with compensated (Neumaier) summation, so a sum of floats can come out more exact (1.0 instead of 0.9999999999999999).',
    ko: '3.12부터 sum()은 float를 보정 합산(Neumaier)으로 더하므로 결과가 더 정확해질 수 있습니다(0.9999999999999999 대신 1.0).',
    matches: (d) => d.kind === 'output' && calls(d.source, 'sum') && /\d\.\d/.test(d.text),
  },
  {
    id: 'logging-task-name',
    since: '3.12',
    en: "From 3.12 logging records have a taskName (the running asyncio task's name), which a format string can show.",
    ko: '3.12부터 logging 레코드에 taskName(실행 중인 asyncio 태스크의 이름)이 생겨 포맷 문자열에 쓸 수 있습니다.',
    matches: (d) => /\blogging\b/.test(d.source) && (d.kind === 'output' || d.kind === 'error'),
  },
  {
    id: 'inlined-comprehensions',
    since: '3.12',
    en: 'From 3.12 list, dict and set comprehensions run inline in their function (PEP 709): tracebacks no longer show a <listcomp> frame.',
    ko: '3.12부터 리스트·딕셔너리·집합 컴프리헨션은 함수 안에서 바로 실행되어(PEP 709) 트레이스백에 <listcomp> 프레임이 나오지 않습니다.',
    matches: (d) => /<(list|dict|set)comp>/.test(d.text),
  },
  {
    id: 'named-task-number',
    since: '3.13',
    en: 'From 3.13 a task created with name= no longer uses up a Task-N number, so the unnamed tasks after it are numbered one lower.',
    ko: '3.13부터 name=으로 이름을 준 태스크는 Task-N 번호를 쓰지 않으므로, 그 뒤의 이름 없는 태스크 번호가 하나씩 작아집니다.',
    matches: (d) =>
      /\bname\s*=/.test(d.source) &&
      (d.kind === 'tasks' || (d.kind === 'step' ? renumbered(d) : /Task-\d/.test(d.text))),
  },
  {
    id: 'handle-repr',
    since: '3.13',
    en: 'From 3.13 the repr of a loop callback\'s Handle (also in "Exception in callback") leaves out the arguments: bad_callback() instead of bad_callback(0).',
    ko: '3.13부터 루프 콜백 Handle의 repr("Exception in callback" 포함)은 인자를 빼고 보여줍니다: bad_callback(0) 대신 bad_callback().',
    matches: (d) => /<(Timer)?Handle|Exception in callback/.test(d.text),
  },
  {
    id: 'queue-shutdown',
    since: '3.13',
    en: '3.13 added Queue.shutdown() and asyncio.QueueShutDown; before 3.13 they do not exist.',
    ko: '3.13에서 Queue.shutdown()과 asyncio.QueueShutDown이 추가되었습니다. 3.13 전에는 없습니다.',
    matches: (d) => /shutdown|QueueShutDown/.test(d.text) || /\.shutdown\s*\(|QueueShutDown/.test(d.source),
  },
  {
    id: 'future-stop-iteration',
    since: '3.13',
    en: 'From 3.13 Future.set_exception(StopIteration()) stores a RuntimeError in its place; before, it raised TypeError at the call.',
    ko: '3.13부터 Future.set_exception(StopIteration())은 그 자리에 RuntimeError를 저장합니다. 전에는 호출한 자리에서 TypeError가 났습니다.',
    matches: (d) => /StopIteration/.test(d.text) || /StopIteration/.test(d.source),
  },
  {
    id: 'taskgroup-closes-coroutine',
    since: '3.13',
    en: 'From 3.13 TaskGroup.create_task() on a group that is finished or shutting down closes the coroutine, so no "was never awaited" RuntimeWarning follows.',
    ko: '3.13부터 끝났거나 종료 중인 TaskGroup에 create_task()를 하면 코루틴을 닫아 주므로 "was never awaited" RuntimeWarning이 나오지 않습니다.',
    matches: (d) => /was never awaited/.test(d.text) && /TaskGroup/.test(d.source),
  },
  {
    id: 'argparse-help',
    since: '3.13',
    en: 'From 3.13 argparse help writes an option\'s value name once ("-n, --rounds ROUNDS"), not after every spelling.',
    ko: '3.13부터 argparse 도움말은 옵션 값 이름을 철자마다가 아니라 한 번만 씁니다("-n, --rounds ROUNDS").',
    matches: (d) => /\bargparse\b/.test(d.source) && d.kind === 'output',
  },
  {
    id: 'as-completed-message',
    since: '3.13',
    en: 'From 3.13 asyncio.as_completed() says "expects an iterable of awaitables" for a wrong argument (it also became an async iterator).',
    ko: '3.13부터 asyncio.as_completed()에 잘못된 인자를 주면 "expects an iterable of awaitables"라고 말합니다(비동기 이터레이터로도 쓸 수 있게 되었습니다).',
    matches: (d) => /iterable of (futures|awaitables)/.test(d.text),
  },
  {
    id: 'run-awaitable',
    since: '3.14',
    en: 'In 3.14 asyncio.run() accepts any awaitable, and for anything else raises TypeError "An asyncio.Future, a coroutine or an awaitable is required" (before: ValueError "a coroutine was expected").',
    ko: '3.14에서 asyncio.run()은 어떤 awaitable이든 받고, 그 밖의 값에는 TypeError "An asyncio.Future, a coroutine or an awaitable is required"를 냅니다(전에는 ValueError "a coroutine was expected").',
    matches: (d) => /coroutine was expected|awaitable is required/.test(d.text),
  },
  {
    id: 'lazy-annotations',
    since: '3.14',
    en: 'In 3.14 annotations are evaluated lazily (PEP 649): a name in an annotation is looked up only when __annotations__ is read, and a module has no __annotations__ variable.',
    ko: '3.14에서 어노테이션은 지연 평가되므로(PEP 649) 어노테이션 안의 이름은 __annotations__를 읽을 때에야 찾고, 모듈에 __annotations__ 변수가 없습니다.',
    matches: (d) => /annotations/.test(d.text) || (/NameError/.test(d.text) && /:\s*\w+\s*[=\n)]/.test(d.source)),
  },
  {
    id: 'unhashable-wording',
    since: '3.14',
    en: "In 3.14 an unhashable dict key or set element says where it was used: \"cannot use 'list' as a dict key (unhashable type: 'list')\".",
    ko: "3.14에서 해시할 수 없는 딕셔너리 키나 집합 원소는 어디에 썼는지 밝힙니다: \"cannot use 'list' as a dict key (unhashable type: 'list')\".",
    matches: (d) => /unhashable type/.test(d.text),
  },
  {
    id: 'call-graph',
    since: '3.14',
    en: '3.14 added asyncio.capture_call_graph(), format_call_graph() and print_call_graph(), which show who awaits whom; before 3.14 they do not exist.',
    ko: '3.14에서 누가 누구를 await하는지 보여주는 asyncio.capture_call_graph(), format_call_graph(), print_call_graph()가 추가되었습니다. 3.14 전에는 없습니다.',
    matches: (d) => /call_graph/.test(d.text) || /call_graph/.test(d.source),
  },
  {
    id: 'policy-deprecated',
    since: '3.14',
    en: 'In 3.14 the event loop policy system (get_event_loop_policy, set_event_loop_policy, the policy classes) is deprecated and warns.',
    ko: '3.14에서 이벤트 루프 정책(get_event_loop_policy, set_event_loop_policy, 정책 클래스)은 폐기 예정이 되어 경고를 냅니다.',
    matches: (d) => /[Pp]olicy/.test(d.text),
  },
  {
    id: 'iscoroutinefunction-deprecated',
    since: '3.14',
    en: 'In 3.14 asyncio.iscoroutinefunction() is deprecated (use inspect.iscoroutinefunction()) and warns.',
    ko: '3.14에서 asyncio.iscoroutinefunction()은 폐기 예정이 되어(inspect.iscoroutinefunction()을 쓰세요) 경고를 냅니다.',
    matches: (d) => /iscoroutinefunction/.test(d.text),
  },
];

/** The sentence for a difference no catalogue entry explains, per kind. */
export const GENERIC_WHY: Readonly<Record<DifferenceKind, { en: string; ko: string }>> = {
  step: {
    en: 'The tasks run in a different order from this step on; no catalogued asyncio change explains it.',
    ko: '이 스텝부터 태스크가 다른 순서로 실행됩니다. 목록에 있는 asyncio 변경으로는 설명되지 않습니다.',
  },
  output: {
    en: 'This output line differs; no catalogued asyncio change explains it (it may be a change in Python itself).',
    ko: '이 출력 줄이 다릅니다. 목록에 있는 asyncio 변경으로는 설명되지 않습니다(Python 자체의 변경일 수 있습니다).',
  },
  warning: {
    en: 'Only one version gives this warning; no catalogued asyncio change explains it.',
    ko: '한 버전만 이 경고를 냅니다. 목록에 있는 asyncio 변경으로는 설명되지 않습니다.',
  },
  error: {
    en: 'The program ends with a different error; no catalogued asyncio change explains it.',
    ko: '프로그램이 다른 오류로 끝납니다. 목록에 있는 asyncio 변경으로는 설명되지 않습니다.',
  },
  tasks: {
    en: 'The versions make different tasks (or name them differently); no catalogued asyncio change explains it.',
    ko: '두 버전이 다른 태스크를 만들거나 다르게 이름 붙입니다. 목록에 있는 asyncio 변경으로는 설명되지 않습니다.',
  },
  end: {
    en: 'The program takes a different virtual time; no catalogued asyncio change explains it.',
    ko: '프로그램의 가상 시간이 다릅니다. 목록에 있는 asyncio 변경으로는 설명되지 않습니다.',
  },
};
