/**
 * What changed between two versions of a care plan, for a side-by-side view: jsondiffpatch finds
 * the differences (goals and actions matched by id, so a reordered list is no change), and this
 * turns its delta into rows a person reads: which goal, action or route, added, removed or
 * changed, with both sides and the fields that differ.
 */
import { create, type ArrayDelta, type Delta, type ObjectDelta } from 'jsondiffpatch';
import type { Goal, PlanAction, PlanContent, PlanRoute, Route } from './plan.ts';

const differ = create({
  objectHash: (item: object, index?: number) =>
    'id' in item && typeof item.id === 'string' ? item.id : `#${String(index)}`,
  arrays: { detectMove: true, includeValueOnMove: false },
});

export type PlanDifference =
  | Row<'goal', Goal>
  | Row<'action', PlanAction>
  | Row<'route', Route & { route: PlanRoute }>
  | {
      kind: 'active';
      id: 'active';
      change: 'changed';
      before: PlanRoute;
      after: PlanRoute;
      fields: [];
    }
  | {
      kind: 'evaluateBy';
      id: 'evaluateBy';
      change: 'changed';
      before: string | null;
      after: string | null;
      fields: [];
    };
type Row<K extends string, T> = {
  kind: K;
  id: string;
  change: 'added' | 'removed' | 'changed';
  before: T | null;
  after: T | null;
  /** The fields that differ, for a changed item. */
  fields: string[];
};

const isArrayDelta = (d: Delta): d is ArrayDelta =>
  typeof d === 'object' && !Array.isArray(d) && (d as { _t?: unknown })._t === 'a';
const isObjectDelta = (d: Delta): d is ObjectDelta =>
  typeof d === 'object' && !Array.isArray(d) && !isArrayDelta(d);

/** The ids of a list that were added, removed or changed, per the delta of that list. */
function listChanges<T extends { id: string }>(
  before: T[],
  after: T[],
  delta: Delta,
): { id: string; change: 'added' | 'removed' | 'changed'; fields: string[] }[] {
  if (!isArrayDelta(delta)) return [];
  const rows: { id: string; change: 'added' | 'removed' | 'changed'; fields: string[] }[] = [];
  const entries = Object.entries(delta as unknown as Record<string, Delta>).filter(
    ([k]) => k !== '_t',
  );
  for (const [key, d] of entries) {
    if (key.startsWith('_')) {
      // Removed from the old list (a move has 3 as its last element and is no change).
      if (Array.isArray(d) && d[2] === 0) {
        const item = before[Number(key.slice(1))];
        if (item !== undefined) rows.push({ id: item.id, change: 'removed', fields: [] });
      }
      continue;
    }
    const item = after[Number(key)];
    if (item === undefined) continue;
    if (Array.isArray(d) && d.length === 1) rows.push({ id: item.id, change: 'added', fields: [] });
    else if (isObjectDelta(d))
      rows.push({ id: item.id, change: 'changed', fields: Object.keys(d).sort() });
  }
  return rows;
}

function rowsOf<K extends 'goal' | 'action', T extends { id: string }>(
  kind: K,
  before: T[],
  after: T[],
  delta: Delta,
): Row<K, T>[] {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  return listChanges(before, after, delta).map((r) => ({
    kind,
    ...r,
    before: old.get(r.id) ?? null,
    after: now.get(r.id) ?? null,
  }));
}

export function compareVersions(before: PlanContent, after: PlanContent): PlanDifference[] {
  const delta = differ.diff(before, after);
  if (!isObjectDelta(delta)) return [];
  const rows: PlanDifference[] = [];
  if (delta.active !== undefined)
    rows.push({
      kind: 'active',
      id: 'active',
      change: 'changed',
      before: before.active,
      after: after.active,
      fields: [],
    });
  const routes = delta.routes;
  if (isObjectDelta(routes))
    for (const route of ['A', 'B', 'C'] as const) {
      const d = routes[route];
      if (!isObjectDelta(d)) continue;
      rows.push({
        kind: 'route',
        id: route,
        change: 'changed',
        before: { ...before.routes[route], route },
        after: { ...after.routes[route], route },
        fields: Object.keys(d).sort(),
      });
    }
  rows.push(...rowsOf('goal', before.goals, after.goals, delta.goals));
  rows.push(...rowsOf('action', before.actions, after.actions, delta.actions));
  if (delta.evaluateBy !== undefined)
    rows.push({
      kind: 'evaluateBy',
      id: 'evaluateBy',
      change: 'changed',
      before: before.evaluateBy,
      after: after.evaluateBy,
      fields: [],
    });
  return rows;
}
