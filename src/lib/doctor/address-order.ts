/**
 * `address-order`: the run went through objects in an order CPython takes from their memory
 * addresses (runtime/address-order.ts): the program's own `for` over a set of tasks or other
 * objects hashed by address (or its `*` unpacking of one), a failing TaskGroup cancelling its other tasks, asyncio.run
 * cancelling the tasks left over, as_completed wrapping coroutines. Loopline shows creation order;
 * CPython's can differ and changes with unrelated code, so the program should not depend on it.
 */
import type { AddressOrder } from '../trace/types';
import type { Finding, Said } from './types';
import type { Seen } from './seen';
import { num } from './say';

function said(o: AddressOrder): Said {
  const n = num(o.count);
  const things = o.what ? `${n} ${o.what} objects` : `${n} objects`;
  const thingsKo = o.what ? `${o.what} 객체 ${n}개` : `객체 ${n}개`;
  switch (o.kind) {
    case 'for':
      return {
        en: `this loop goes through a set of ${things}: CPython orders such a set by memory address, which unrelated code can change, so the order shown here (creation order) is not one the program can count on; keep them in a list, or sort them, if the order matters`,
        ko: `이 반복문은 ${thingsKo}가 든 set을 순회합니다. CPython은 이런 set을 메모리 주소 순서로 돌기 때문에 상관없는 코드가 바뀌어도 순서가 달라질 수 있고, 여기 보이는 순서(만든 순서)에 기댈 수 없습니다. 순서가 중요하면 리스트에 담거나 정렬하세요.`,
      };
    case 'unpack':
      return {
        en: `this line unpacks a set of ${things} (into arguments, a list or names): CPython orders such a set by memory address, which unrelated code can change, so the order shown here (creation order) is not one the program can count on; keep them in a list, or sort them, if the order matters`,
        ko: `이 줄은 ${thingsKo}가 든 set을 풀어 넣습니다(인자, 리스트, 여러 이름으로). CPython은 이런 set을 메모리 주소 순서로 돌기 때문에 상관없는 코드가 바뀌어도 순서가 달라질 수 있고, 여기 보이는 순서(만든 순서)에 기댈 수 없습니다. 순서가 중요하면 리스트에 담거나 정렬하세요.`,
      };
    case 'taskgroup':
      return {
        en: `when this TaskGroup failed it cancelled ${n} tasks at once: CPython cancels them in memory-address order (the group keeps its tasks in a set), so they may handle the cancellation in another order than the one shown (creation order)`,
        ko: `이 TaskGroup이 실패하면서 태스크 ${n}개를 한꺼번에 취소했습니다. CPython은 이들을 메모리 주소 순서로 취소하므로(TaskGroup은 태스크를 set에 담습니다) 취소를 처리하는 순서가 여기 보이는 순서(만든 순서)와 다를 수 있습니다.`,
      };
    case 'shutdown':
      return {
        en: `asyncio.run cancelled ${n} tasks still running when the main coroutine returned: CPython cancels them in memory-address order (all_tasks() is a set), so their clean-up may run in another order than the one shown; await or cancel them before main returns to fix the order`,
        ko: `메인 코루틴이 끝났을 때 아직 실행 중이던 태스크 ${n}개를 asyncio.run이 취소했습니다. CPython은 이들을 메모리 주소 순서로 취소하므로(all_tasks()는 set입니다) 정리 코드가 여기 보이는 순서와 다르게 실행될 수 있습니다. 순서를 정하려면 main이 끝나기 전에 직접 await 하거나 취소하세요.`,
      };
    case 'as_completed':
      return {
        en: `as_completed was given ${n} coroutines: it makes them tasks in the order of a set, which in CPython is memory-address order, so which one starts first (and its Task-N name) may differ from what is shown; create the tasks yourself (create_task) to fix the order`,
        ko: `as_completed에 코루틴 ${n}개를 넘겼습니다. as_completed는 이들을 set의 순서대로 태스크로 만드는데, CPython에서 그 순서는 메모리 주소 순서라서 어떤 것이 먼저 시작하는지(그리고 Task-N 이름)가 여기와 다를 수 있습니다. 순서를 정하려면 create_task로 직접 태스크를 만드세요.`,
      };
  }
}

export function findAddressOrders(seen: Seen): Finding[] {
  return (seen.ui.addressOrders ?? []).map((o) => ({
    kind: 'address-order',
    line: o.line,
    message: said(o),
    figures: { objects: o.count },
  }));
}
