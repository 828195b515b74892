/**
 * Network coordinators edit the programmes of their region: every save is a new version, validated
 * by the core, recorded with who and when, and audited.
 */
import { provinceOfNis, type Programme } from '@omringd/core';
import { AppError } from '../../platform/errors.ts';
import { currentProgramme, saveProgrammeVersion } from './programmeStore.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { membershipWith } from '../../kernel/principal.ts';

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
  const principal = ctx.principal;
  if (principal === null) throw new AppError('unauthenticated', 'Sign in first.');
  const as = membershipWith(principal, 'directory.manage');
  if (as === undefined)
    throw new AppError('forbidden', 'Only a network coordinator edits programmes.');
  if (programme.key !== key)
    throw new AppError(
      'invalid_input',
      'The key in the address and in the programme differ.',
      'key',
    );
  const region = new Set(
    principal.memberships
      .filter((m) => m.role === 'network_coordinator')
      .flatMap((m) => m.regionProvinces),
  );
  return ctx.transaction('administration', async (scope) => {
    const current = await currentProgramme(scope.tx, key);
    const touches = [...provincesOf(current), ...provincesOf(programme)];
    const outside = [...new Set(touches.filter((p) => !region.has(p)))];
    if (outside.length > 0)
      throw new AppError(
        'forbidden',
        `This programme reaches beyond your region (${outside.join(', ')}). A network coordinator of that region edits it.`,
        'region',
      );
    const saved = await saveProgrammeVersion(scope.tx, programme, principal.displayName, scope.now);
    await scope.audit(
      {
        action: 'update',
        outcome: 'success',
        subjectType: 'programme',
        subjectId: key,
        details: { version: saved.version },
      },
      as,
    );
    return saved;
  });
}
