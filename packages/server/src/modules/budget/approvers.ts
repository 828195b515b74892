/**
 * Who decides on a programme's budgets: an extension is approved by the role the programme names,
 * held in the programme's own organisation; the funds are kept by those with the right to manage
 * budgets there. Both are read from data, per programme.
 */
import type { Programme, Right, Role } from '@omringd/core';
import { rightsOf } from '@omringd/core';
import type { Principal } from '../../kernel/principal.ts';
import type { Db } from '../../platform/db/database.ts';
import { listCurrentProgrammes } from '../programmes/programmeStore.ts';
import { organizationIdsByKey } from './queries.ts';

async function programmesWhere(
  tx: Db,
  principal: Principal,
  holds: (programme: Programme, role: Role) => boolean,
): Promise<Programme[]> {
  const programmes = (await listCurrentProgrammes(tx)).filter((p) => p.budget !== undefined);
  const orgs = await organizationIdsByKey(
    tx,
    programmes.map((p) => p.organizationKey),
  );
  return programmes.filter((p) =>
    principal.memberships.some(
      (m) => m.organizationId === orgs.get(p.organizationKey) && holds(p, m.role),
    ),
  );
}

/** The programmes whose budget extensions this person approves. */
export function approvesFor(tx: Db, principal: Principal): Promise<Programme[]> {
  return programmesWhere(tx, principal, (p, role) => p.budget?.extension?.approverRole === role);
}

const manages: Right = 'budget.manage';

/** The programmes whose funds this person keeps. */
export function managesFundsOf(tx: Db, principal: Principal): Promise<Programme[]> {
  return programmesWhere(tx, principal, (_p, role) => rightsOf([role]).has(manages));
}
