/**
 * Network coordinators edit the programmes of their region: every save is a new version, validated
 * by the core, recorded with who and when, and audited.
 */
import { provinceOfNis, type Programme } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import { currentProgramme, saveProgrammeVersion } from './programmeStore.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withRight } from '../../kernel/guards/rightGuard.ts';
import { regionOf } from '../socialMap/directoryStore.ts';
import { intakeEmails } from '../notifications/index.ts';
import { organizations } from '../../platform/db/schema.ts';
import type { Db } from '../../platform/db/database.ts';
import { eq } from 'drizzle-orm';

/**
 * A duty slot must name someone who can take up a referral: an active account on intake at the
 * programme's organisation. Otherwise referrals routed to that slot would reach no one.
 */
async function checkRosterReceivers(
  tx: Db,
  programme: Programme,
  current: Programme,
): Promise<void> {
  if (programme.roster === null) return;
  // Slots as they were stay as they were; a new or changed slot must name a receiver.
  const slotKey = (s: { weekday: string; from: string; to: string; coordinatorEmail: string }) =>
    `${s.weekday} ${s.from} ${s.to} ${s.coordinatorEmail.toLowerCase()}`;
  const kept = new Set((current.roster?.slots ?? []).map(slotKey));
  const [organization] = await tx
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.key, programme.organizationKey));
  if (organization === undefined) return;
  const receivers = await intakeEmails(tx, organization.id);
  const unreachable = programme.roster.slots.flatMap((slot, i) =>
    kept.has(slotKey(slot)) || receivers.has(slot.coordinatorEmail.toLowerCase())
      ? []
      : [
          {
            field: `roster.slots.${String(i)}.coordinatorEmail`,
            message: `${slot.coordinatorName} (${slot.coordinatorEmail}) has no active intake account at ${organization.name}, so referrals in this slot would reach no one. Invite them first, or choose a coordinator who has one.`,
          },
        ],
  );
  if (unreachable.length > 0)
    throw new AppError(
      'invalid_input',
      unreachable.map((u) => u.message).join(' '),
      undefined,
      unreachable,
    ).because('cannot_receive');
}

function provincesOf(programme: Programme): Set<string> {
  return new Set([
    ...programme.region.provinces,
    ...programme.region.municipalities.flatMap((nis) => provinceOfNis(nis) ?? []),
  ]);
}

export async function editProgramme(
  ctx: AccessContext,
  key: string,
  programme: Programme,
): Promise<Programme> {
  if (programme.key !== key)
    throw new AppError(
      'invalid_input',
      'The key in the address and in the programme differ.',
      'key',
    );
  return withRight(
    ctx,
    {
      right: 'directory.manage',
      refusal: 'Only a network coordinator edits programmes.',
      audit: 'update',
      subjectType: 'programme',
      subjectId: key,
      purpose: 'administration',
    },
    async (scope) => {
      const region = regionOf(scope.principal);
      const current = await currentProgramme(scope.tx, key);
      const touches = [...provincesOf(current), ...provincesOf(programme)];
      const outside = [...new Set(touches.filter((p) => !region.has(p)))];
      if (outside.length > 0)
        throw new AppError(
          'forbidden',
          `This programme reaches beyond your region (${outside.join(', ')}). A network coordinator of that region edits it.`,
          'region',
        ).because('outside_region');
      await checkRosterReceivers(scope.tx, programme, current);
      const saved = await saveProgrammeVersion(
        scope.tx,
        programme,
        scope.principal.displayName,
        scope.now,
      );
      scope.note({ version: saved.version });
      return saved;
    },
  );
}
