/**
 * A parent in the family portal for a test: the coordinator invites a member of the family
 * details, the parent opens the link from the outbox and chooses a password.
 */
import { and, desc, eq, like } from 'drizzle-orm';
import { expect } from 'vitest';
import { outboxEmails } from '../../src/platform/db/identitySchema.ts';
import type { TestApp } from './testApp.ts';
import { Agent } from './people.ts';

export const PARENT_PASSWORD = 'Zonnebloem-Fietsbel-Kapstok-73';

/** Opens the newest invitation link sent to this address and chooses a password. */
export async function acceptInvitation(t: TestApp, email: string, ip: string): Promise<Agent> {
  const mails = await t.database.db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.toAddress, email));
  const token = mails
    .map((m) => /\/uitnodiging\/([A-Za-z0-9_-]{20,})/.exec(m.bodyText)?.[1])
    .find((found) => found !== undefined);
  if (token === undefined) throw new Error(`no invitation for ${email}`);
  const agent = new Agent(t.app, t.now, ip);
  const accepted = await agent.request('POST', `/api/v1/invitations/${token}/accept`, {
    password: PARENT_PASSWORD,
  });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return agent;
}

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
  return acceptInvitation(t, invite.email, invite.ip);
}

/** Signs a family account in again: the password, then the code the e-mail brought. */
export async function signInByEmailCode(t: TestApp, email: string, ip: string): Promise<Agent> {
  const agent = new Agent(t.app, t.now, ip);
  const login = await agent.request('POST', '/api/v1/auth/login', {
    email,
    password: PARENT_PASSWORD,
  });
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  const [mail] = await t.database.db
    .select()
    .from(outboxEmails)
    .where(
      and(eq(outboxEmails.toAddress, email), like(outboxEmails.idempotencyKey, 'sign-in-code:%')),
    )
    .orderBy(desc(outboxEmails.createdAt))
    .limit(1);
  const code = /^(\d{6})$/m.exec(mail?.bodyText ?? '')?.[1] ?? '';
  const signedIn = await agent.request('POST', '/api/v1/auth/second-factor', { code });
  expect(signedIn.status, JSON.stringify(signedIn.body)).toBe(200);
  return agent;
}
