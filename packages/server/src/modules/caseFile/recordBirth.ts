/**
 * Recording a birth in the case file: the unborn child becomes a child, the family's version
 * moves on, the age windows of the case's programmes are counted from the birth instead of the
 * due date, and the case coordinators hear of it (unless they recorded it themselves).
 */
import {
  brusselsToday,
  familyHasBornChild,
  recordBirth as bornIn,
  windowMove,
  type BirthRecordedView,
} from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { noticeOnce } from '../notifications/index.ts';
import { programmeVersion } from '../programmes/programmeStore.ts';
import { coordinatorsOf } from '../cases/index.ts';
import { familyRow, programmesOfCase } from './queries/family.ts';
import { saveOrConflict } from './changeFamily.ts';
import { familyView } from './familyView.ts';

export async function recordBirth(
  ctx: AccessContext,
  caseId: string,
  input: { version: number; memberId: string; name: string; birthDate: string },
): Promise<BirthRecordedView> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      c.note({ part: 'family', event: 'birth', fromVersion: input.version });
      const row = await familyRow(c.tx, c.row.familyId);
      const members = row?.details.members ?? [];
      const born = bornIn(members, input.memberId, input, brusselsToday(c.now));
      if ('reason' in born)
        throw new AppError(
          'invalid_input',
          born.message,
          born.reason === 'not_unborn' ? 'memberId' : 'birthDate',
        ).because(born.reason);
      const saved = await saveOrConflict(
        c,
        {
          details: { ...(row?.details ?? familyView(undefined).family), members: born.members },
          version: input.version,
        },
        'birth_recorded',
        { memberId: input.memberId, birthDate: input.birthDate },
      );
      const moves = [];
      for (const p of await programmesOfCase(c.tx, caseId)) {
        if (p.key === null || p.version === null) continue;
        const programme = await programmeVersion(c.tx, p.key, p.version);
        moves.push({
          programmeKey: programme.key,
          programmeName: programme.name,
          ...windowMove(programme.ageWindow.end, born.dueDate, born.child.birthDate),
        });
      }
      const others = (await coordinatorsOf(c.tx, caseId)).filter((u) => u !== c.principal.userId);
      await noticeOnce(
        c.tx,
        others,
        `birth:${caseId}:${input.memberId}`,
        'birth_recorded',
        { caseId, by: c.principal.displayName },
        c.now,
      );
      return { ...saved, moves, bornChild: familyHasBornChild(born.members) };
    },
  );
}
