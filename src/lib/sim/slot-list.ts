/**
 * A scope's local names and their slots as flat arrays, made once per scope: the frames and the
 * sync-state recording read every local of the running task after each step, and walking the
 * scope's Map makes a new [name, slot] pair per local each time.
 */

export interface SlotList {
  names: string[];
  slots: number[];
  /** Whether the frames panel shows it (not the compiler's own `.0`-style locals). */
  shown: boolean[];
}

const lists = new WeakMap<Map<string, number>, SlotList>();

/** The names and slots of `slots` in its order (rebuilt if locals were added since). */
export function slotList(slots: Map<string, number>): SlotList {
  let list = lists.get(slots);
  if (list === undefined || list.names.length !== slots.size) {
    list = { names: [], slots: [], shown: [] };
    for (const [name, slot] of slots) {
      list.names.push(name);
      list.slots.push(slot);
      list.shown.push(!name.startsWith('.'));
    }
    lists.set(slots, list);
  }
  return list;
}
