/**
 * Merging two versions of a part of the case file after a conflict: the version saved meanwhile
 * ("theirs") and the one the user was saving ("mine"). A part is a record of lists of items with
 * an id (or key) and of plain fields; every item or field that differs is one choice. Items both
 * sides have alike need no choice; an item only one side has is a choice too (keep it or not).
 */
type Item = Record<string, unknown>;

export type MergeChoice = 'theirs' | 'mine';

export type Difference = {
  /** `people.n2`, `strengths.s1`, or a plain field such as `calledName`. */
  path: string;
  list: string | null;
  theirs: unknown;
  mine: unknown;
};

const idOf = (item: unknown): string | null => {
  if (typeof item !== 'object' || item === null) return null;
  const record = item as Item;
  const id = record.id ?? record.key;
  return typeof id === 'string' ? id : null;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const isList = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.every((v) => idOf(v) !== null);

/** What differs between the two versions, in the order of theirs, then what only mine has. */
export function differences(theirs: Item, mine: Item): Difference[] {
  const found: Difference[] = [];
  for (const field of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    const a = theirs[field];
    const b = mine[field];
    if (isList(a) && isList(b)) {
      const ofA = new Map(a.map((x) => [idOf(x) ?? '', x]));
      const ofB = new Map(b.map((x) => [idOf(x) ?? '', x]));
      for (const id of new Set([...ofA.keys(), ...ofB.keys()])) {
        const x = ofA.get(id);
        const y = ofB.get(id);
        if (!same(x, y)) found.push({ path: `${field}.${id}`, list: field, theirs: x, mine: y });
      }
    } else if (!same(a, b)) found.push({ path: field, list: null, theirs: a, mine: b });
  }
  return found;
}

/**
 * The merged part: theirs, with each chosen difference taken from mine (an item mine lacks is
 * left out; an item only mine has is added after theirs, in my order).
 */
export function merge<T extends Item>(
  theirs: T,
  mine: T,
  choices: Readonly<Record<string, MergeChoice>>,
): T {
  const result: Item = { ...theirs };
  for (const d of differences(theirs, mine)) {
    if (choices[d.path] !== 'mine') continue;
    if (d.list === null) {
      result[d.path] = d.mine;
      continue;
    }
    const list = [...(result[d.list] as unknown[])];
    const id = d.path.slice(d.list.length + 1);
    const at = list.findIndex((x) => idOf(x) === id);
    if (d.mine === undefined) list.splice(at, 1);
    else if (at >= 0) list[at] = d.mine;
    else list.push(d.mine);
    result[d.list] = list;
  }
  return result as T;
}

/**
 * The choices a merge starts from: both sides' additions kept. What only the saved version has
 * was most likely added meanwhile, not removed by me; removing it is a choice the user makes.
 */
export function defaultChoices(diffs: readonly Difference[]): Record<string, MergeChoice> {
  return Object.fromEntries(diffs.map((d) => [d.path, d.mine === undefined ? 'theirs' : 'mine']));
}
