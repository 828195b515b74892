/**
 * The first administrator is invited from the command line by the operator, who has the server:
 * the organisation is found by part of its name, and the invitation is audited as the system's.
 */
import { ilike } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { organizations } from '../../platform/db/schema.ts';
import { writeAudit } from '../../kernel/audit/auditWriter.ts';
import { AppError } from '../../platform/errors.ts';
import { inviteUser } from './invitations.ts';

export async function inviteAdministrator(
  db: Db,
  input: { email: string; displayName: string; organisation: string },
  publicUrl: string,
  now: Date,
): Promise<{ link: string }> {
  const pattern = `%${input.organisation.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const found = await db
    .select()
    .from(organizations)
    .where(ilike(organizations.name, pattern))
    .limit(6);
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
  return db.transaction(async (tx) => {
    const result = await inviteUser(
      tx,
      {
        email: input.email,
        displayName: input.displayName,
        organizationId: organization.id,
        role: 'administrator',
        locale: 'nl',
      },
      null,
      publicUrl,
      now,
    );
    await writeAudit(
      tx,
      {
        userId: null,
        userName: 'omringd invite-admin (operator)',
        role: null,
        organizationId: organization.id,
        purpose: 'administration',
        ip: null,
      },
      {
        action: 'create',
        outcome: 'success',
        subjectType: 'invitation',
        subjectId: result.invitationId,
        details: { userId: result.userId, role: 'administrator' },
      },
      now,
    );
    return { link: result.link };
  });
}
