/**
 * The first administrator is invited from the command line by the operator, who has the server:
 * the organisation is found by part of its name, and the invitation is on the trail in the
 * operator's name.
 */
import { ilike } from 'drizzle-orm';
import { organizations } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import type { SystemContext } from '../../kernel/accessContext.ts';
import { inviteUser } from './invitations.ts';

export async function inviteAdministrator(
  system: SystemContext,
  input: { email: string; displayName: string; organisation: string },
  publicUrl: string,
): Promise<{ link: string }> {
  const pattern = `%${input.organisation.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const found = await system.read((tx) =>
    tx.select().from(organizations).where(ilike(organizations.name, pattern)).limit(6),
  );
  const [organization] = found;
  if (organization === undefined)
    throw new AppError(
      'invalid_input',
      `No organisation of the social map has "${input.organisation}" in its name.`,
    );
  if (found.length > 1)
    throw new AppError(
      'invalid_input',
      `"${input.organisation}" matches several organisations: ${found.map((o) => o.name).join('; ')}. Give more of the name.`,
    );
  return system.audited(
    { action: 'create', subjectType: 'invitation', purpose: 'administration' },
    async (scope) => {
      const result = await inviteUser(
        scope.tx,
        {
          email: input.email,
          displayName: input.displayName,
          organizationId: organization.id,
          role: 'administrator',
          locale: 'nl',
        },
        null,
        publicUrl,
        scope.now,
      );
      scope.actAs({ organizationId: organization.id });
      scope.about({ subjectId: result.invitationId });
      scope.note({ userId: result.userId, role: 'administrator' });
      return { link: result.link };
    },
  );
}
