/**
 * The demo's parents in the family portal: each linked to the family the demo families gave them
 * (run after those), so signing in as Fatima opens her family's plan; and the supporter Fatima
 * asked to help, linked to the network person she is.
 */
import type { Db } from '../../platform/db/database.ts';
import { demoParents, demoSupporters } from './cast.ts';
import { linkParentByName, linkSupporterByNetworkName } from './queries.ts';

export async function linkDemoParents(
  db: Db,
  people: { id: string; key: string }[],
  now: Date,
): Promise<number> {
  let linked = 0;
  for (const parent of demoParents) {
    const account = people.find((p) => p.key === parent.key);
    if (account === undefined) throw new Error(`The demo misses its person "${parent.key}".`);
    linked += await linkParentByName(db, { userId: account.id, name: parent.name }, now);
  }
  // Samira, whom Fatima asked to help: the network person "Tante Samira" of Noor's case.
  for (const supporter of demoSupporters) {
    const account = people.find((p) => p.key === supporter.key);
    if (account === undefined) throw new Error(`The demo misses its person "${supporter.key}".`);
    linked += await linkSupporterByNetworkName(
      db,
      { userId: account.id, networkName: 'Tante Samira', invitedBy: 'Fatima El Amrani' },
      now,
    );
  }
  return linked;
}
