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
        );
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
