/**
 * A parent in the family portal for a test: the coordinator invites a member of the family
 * details, the parent opens the link from the outbox and chooses a password.
 */
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { outboxEmails } from '../../src/platform/db/identitySchema.ts';
import type { TestApp } from './testApp.ts';
import { Agent } from './people.ts';

export const PARENT_PASSWORD = 'Zonnebloem-Fietsbel-Kapstok-73';

export async function portalParent(
  t: TestApp,
  coordinator: Agent,
  invite: { caseId: string; memberId: string; email: string; ip: string; decision?: string },
): Promise<Agent> {
  const invited = await coordinator.request('POST', `/api/v1/cases/${invite.caseId}/parents`, {
    memberId: invite.memberId,
    email: invite.email,
    ...(invite.decision === undefined ? {} : { decision: invite.decision }),
  });
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  const mails = await t.database.db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.toAddress, invite.email));
  const token = mails
    .map((m) => /\/uitnodiging\/([A-Za-z0-9_-]{20,})/.exec(m.bodyText)?.[1])
    .find((found) => found !== undefined);
  if (token === undefined) throw new Error(`no invitation for ${invite.email}`);
  const parent = new Agent(t.app, t.now, invite.ip);
  const accepted = await parent.request('POST', `/api/v1/invitations/${token}/accept`, {
    password: PARENT_PASSWORD,
  });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return parent;
}
