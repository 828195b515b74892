/**
 * Changing who the family is. The save names the version it changes; when someone else saved in
 * between, the answer is 409 with the family as it is now, so the page can show both and merge.
 */
import {
  brusselsToday,
  familyDateProblems,
  type CaseFamily,
  type FamilyDetails,
} from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { familyRow, saveFamily } from './queries/family.ts';
import { familyView } from './familyView.ts';
import { addTimelineEntry } from './queries/timeline.ts';

/** Saves or answers the conflict, with the current family in it. */
export async function saveOrConflict(
  c: CaseAccess,
  change: { details: FamilyDetails; version: number },
  event: 'family_changed' | 'birth_recorded' = 'family_changed',
  details: Record<string, unknown> = {},
): Promise<CaseFamily> {
  const saved = await saveFamily(c.tx, c.row.familyId, change, c.now, c.principal.userId);
  if (saved !== undefined) {
    await addTimelineEntry(c.tx, {
      caseId: c.caseId,
      kind: event,
      occurredAt: c.now,
      recordedAt: c.now,
      by: c.principal.userId,
      details: { version: saved.version, ...details },
    });
    return familyView(saved);
  }
  const current = familyView(await familyRow(c.tx, c.row.familyId));
  throw new AppError(
    'conflict',
    `Someone else changed the family meanwhile (now version ${String(current.version)}, you changed version ${String(change.version)}). Compare both, then save again.`,
    'version',
  )
    .because('changed_meanwhile')
    .showing(current);
}

export async function changeFamily(
  ctx: AccessContext,
  caseId: string,
  input: { version: number; family: FamilyDetails },
): Promise<CaseFamily> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      c.note({ part: 'family', fromVersion: input.version, members: input.family.members.length });
      const problems = familyDateProblems(input.family.members, brusselsToday(c.now));
      const [first] = problems;
      if (first !== undefined)
        throw new AppError('invalid_input', first.message, first.field, problems).because(
          first.reason,
        );
      return saveOrConflict(c, { details: input.family, version: input.version });
    },
  );
}
