/**
 * One task list per coordinator across the cases they are the contact person of: care tables
 * due, evaluations due, actions past their date, maximum durations approaching — each with its
 * deadline, most urgent first. One audit row names the cases read.
 */
import {
  byUrgency,
  durationWindow,
  serviceLevelStates,
  type Programme,
  type Task,
} from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { visibleCases } from '../../kernel/guards/caseGuard.ts';
import { readSignedIn } from '../../kernel/guards/rightGuard.ts';
import { membershipWith } from '../../kernel/principal.ts';
import type { Db } from '../../platform/db/database.ts';
import { programmeVersion } from '../programmes/programmeStore.ts';
import { planTasks } from '../carePlan/index.ts';
import { budgetTasks } from '../budget/index.ts';
import { coordinatedCases, referralsOfCases } from './queries.ts';

async function referralTasks(tx: Db, cases: Map<string, string>, now: Date): Promise<Task[]> {
  const tasks: Task[] = [];
  const programmes = new Map<string, Programme>();
  for (const r of await referralsOfCases(tx, [...cases.keys()])) {
    if (r.caseId === null || r.programmeKey === null || r.programmeVersion === null) continue;
    const key = `${r.programmeKey}@${String(r.programmeVersion)}`;
    const programme =
      programmes.get(key) ?? (await programmeVersion(tx, r.programmeKey, r.programmeVersion));
    programmes.set(key, programme);
    const familyLabel = cases.get(r.caseId) ?? '';
    const careTable = serviceLevelStates(programme.serviceLevels, {
      sentAt: null,
      acceptedAt: null,
      firstAnswerAt: null,
      startedAt: null,
      careTableAgreedAt: r.careTableAgreedAt,
      careTableHeldAt: r.careTableHeldAt,
    }).filter((s) => s.metAt === null);
    for (const s of careTable)
      tasks.push({
        kind: 'care_table_due',
        caseId: r.caseId,
        familyLabel,
        dueAt: s.dueAt.toISOString(),
        dueOn: null,
        overdue: now > s.dueAt,
        detail: programme.name.nl,
      });
    if (programme.maxDuration !== null && r.acceptedAt !== null) {
      const window = durationWindow(r.acceptedAt, programme.maxDuration);
      if (now >= window.warnFrom)
        tasks.push({
          kind: 'duration_ending',
          caseId: r.caseId,
          familyLabel,
          dueAt: window.endsAt.toISOString(),
          dueOn: null,
          overdue: now >= window.endsAt,
          detail: programme.name.nl,
        });
    }
  }
  return tasks;
}

export async function listTasks(ctx: AccessContext): Promise<Task[]> {
  return readSignedIn(ctx, { audit: 'search', subjectType: 'case', purpose: 'care' }, async (s) => {
    s.actAs(membershipWith(s.principal, 'case.participate'));
    const coordinated = await coordinatedCases(s.tx, s.principal.userId);
    const visible = await visibleCases(
      s,
      s.principal,
      coordinated.map((c) => c.id),
      'read',
    );
    const cases = new Map(
      coordinated.filter((c) => visible.has(c.id)).map((c) => [c.id, c.familyLabel]),
    );
    s.note({ scope: 'my_tasks', count: cases.size, caseIds: [...cases.keys()] });
    const tasks = [
      ...(await referralTasks(s.tx, cases, s.now)),
      ...(await planTasks(s.tx, cases, s.now)),
      ...(await budgetTasks(s.tx, cases, s.now)),
    ];
    return tasks.sort(byUrgency);
  });
}
