/**
 * Messages between the family and its contact person: the parent writes in the portal, the case
 * team reads and answers in the case file; each side is told with a notice (which names no
 * family). Plain text, no attachments.
 */
import type { FamilyMessage } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, withCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { randomUUID } from 'node:crypto';
import { coordinatorsOf } from '../cases/index.ts';
import { noticeOnce } from '../notifications/index.ts';
import { addMessage, messagesOf, parentsOf } from './queries.ts';
import { forParentsOnly } from './readPortal.ts';

async function thread(c: CaseAccess): Promise<{ messages: FamilyMessage[] }> {
  return {
    messages: (await messagesOf(c.tx, c.caseId)).map((m) => ({
      id: m.id,
      fromName: m.fromName,
      fromFamily: m.fromFamily,
      mine: m.fromUserId === c.principal.userId,
      text: m.text,
      at: m.createdAt.toISOString(),
    })),
  };
}

/** The thread, for the family (portal) or for the case team (case file). */
export async function readMessages(ctx: AccessContext, caseId: string, side: 'family' | 'team') {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      // The family's page is the family's; the case file shows the same thread to its readers.
      if (side === 'family' && c.basis !== 'parent') throw forParentsOnly();
      c.note({ part: 'family_messages' });
      return thread(c);
    },
  );
}

export async function writeMessage(
  ctx: AccessContext,
  caseId: string,
  text: string,
  side: 'family' | 'team',
) {
  return withCase(
    ctx,
    {
      caseId,
      // The family writes in its own part; the team writes as it changes the file.
      action: side === 'family' ? 'co_write' : 'update',
      audit: 'create',
      purpose: 'care',
    },
    async (c) => {
      c.note({ part: 'family_messages' });
      const id = randomUUID();
      await addMessage(c.tx, {
        id,
        caseId,
        fromUserId: c.principal.userId,
        fromName: c.principal.displayName,
        fromFamily: side === 'family',
        text,
        createdAt: c.now,
      });
      const told =
        side === 'family'
          ? await coordinatorsOf(c.tx, caseId)
          : await parentsOf(c.tx, c.row.familyId);
      await noticeOnce(
        c.tx,
        told,
        `family-message:${id}`,
        side === 'family' ? 'family_message' : 'contact_message',
        { caseId, by: c.principal.displayName },
        c.now,
      );
      return thread(c);
    },
  );
}
