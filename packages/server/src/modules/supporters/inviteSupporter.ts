/**
 * The family invites someone of its network (a grandmother, a neighbour) as a supporter: an
 * account for that network person of the case, and an e-mail with a single-use link. Only
 * people the family agreed to involve, and only people of its own circle, not professionals.
 */
import { isFormalTie, type SupporterInvitation } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { inviteUser } from '../accounts/index.ts';
import { networkWithin } from '../caseFile/index.ts';
import { linkSupporter, supporterOfPerson } from './queries.ts';

const hasAccount = () =>
  new AppError(
    'conflict',
    'This person has an account as your supporter already: they sign in with their e-mail address.',
    'networkPersonId',
  ).because('supporter_has_account');

export async function inviteSupporter(
  ctx: AccessContext,
  caseId: string,
  input: SupporterInvitation,
  publicUrl: string,
): Promise<{ networkPersonId: string; email: string }> {
  return withCase(
    ctx,
    { caseId, action: 'co_write', audit: 'create', purpose: 'care' },
    async (c) => {
      if (c.basis !== 'parent')
        throw new AppError(
          'forbidden',
          'The family invites its supporters itself, in the family portal.',
        ).because('not_a_parent');
      c.note({ part: 'supporters', networkPersonId: input.networkPersonId });
      const person = (await networkWithin(c)).people.find((p) => p.id === input.networkPersonId);
      if (person === undefined || isFormalTie(person.tie) || person.involve !== 'yes')
        throw new AppError(
          'invalid_input',
          'Choose someone of your own circle whom you agreed to involve. Ask your contact person to add them to your network first.',
          'networkPersonId',
        ).because('not_involvable');
      const existing = await supporterOfPerson(c.tx, caseId, person.id);
      if (existing !== undefined && existing.status !== 'invited') throw hasAccount();
      const invited = await inviteUser(
        c.tx,
        {
          email: input.email,
          displayName: person.name,
          organizationId: c.row.organizationId,
          role: 'supporter',
          locale: input.locale ?? c.principal.locale,
          invitedToSupportBy: c.principal.displayName,
        },
        c.principal.userId,
        publicUrl,
        c.now,
      );
      if (existing === undefined) {
        const linked = await linkSupporter(
          c.tx,
          {
            caseId,
            userId: invited.userId,
            networkPersonId: person.id,
            invitedByName: c.principal.displayName,
          },
          c.now,
        );
        if (!linked) throw hasAccount();
      } else if (existing.userId !== invited.userId)
        throw new AppError(
          'conflict',
          'This person was invited already with another e-mail address. Send the invitation again to that address.',
          'email',
        ).because('invited_elsewhere');
      return { networkPersonId: person.id, email: input.email.trim().toLowerCase() };
    },
  );
}
