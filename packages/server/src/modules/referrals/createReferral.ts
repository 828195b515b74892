/**
 * Starting a referral: a draft to a programme or, as a warm referral, to one service. A
 * coordinator of the receiving organisation may register one received by phone in the
 * referrer's name.
 */
import type { ExternalReferrer, ReferralDraft, ReferralView } from '@omringd/core';
import { and, eq } from 'drizzle-orm';
import { memberships, users } from '../../platform/db/identitySchema.ts';
import { organizations, services } from '../../platform/db/schema.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { receivingMembership } from '../../kernel/guards/referralGuard.ts';
import { withRight } from '../../kernel/guards/rightGuard.ts';
import { currentProgramme } from '../programmes/programmeStore.ts';
import { insertReferral } from './queries.ts';
import { view } from './view.ts';

export type NewReferral = {
  programmeKey?: string | undefined;
  serviceId?: string | undefined;
  /** A coordinator registering a referral received by phone names the referrer. */
  onBehalfOfUserId?: string | undefined;
  /** …or names them by the e-mail address of their account. */
  onBehalfOfEmail?: string | undefined;
  /** …or, for a referrer without an account (a GP, a school), who they are. */
  externalReferrer?: ExternalReferrer | undefined;
  content: ReferralDraft;
};

export async function receiverOf(
  tx: Db,
  input: Pick<NewReferral, 'programmeKey' | 'serviceId'>,
): Promise<{ organizationId: string; programmeVersion: number | null }> {
  if (input.programmeKey !== undefined) {
    const programme = await currentProgramme(tx, input.programmeKey);
    const [org] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.key, programme.organizationKey));
    if (org === undefined)
      throw new AppError(
        'invalid_input',
        `The organisation of programme "${programme.key}" is not on the social map.`,
      );
    return { organizationId: org.id, programmeVersion: programme.version };
  }
  const [service] = await tx
    .select({ organizationId: services.organizationId })
    .from(services)
    .where(eq(services.id, input.serviceId ?? ''));
  if (service === undefined)
    throw new AppError('invalid_input', 'There is no such service on the social map.', 'serviceId');
  return { organizationId: service.organizationId, programmeVersion: null };
}

/** A referral goes to a programme or to one service, never both or neither. */
export function assertOneTarget(target: Pick<NewReferral, 'programmeKey' | 'serviceId'>): void {
  if ((target.programmeKey === undefined) === (target.serviceId === undefined))
    throw new AppError(
      'invalid_input',
      'Refer to a programme or to one service, not both.',
      'programmeKey',
    );
}

export async function createReferral(
  ctx: AccessContext,
  input: NewReferral,
): Promise<ReferralView> {
  assertOneTarget(input);
  return withRight(
    ctx,
    {
      right: 'referral.create',
      refusal: 'Your role cannot refer families.',
      audit: 'create',
      subjectType: 'referral',
      purpose: 'care',
    },
    async (a) => {
      const receiving = await receiverOf(a.tx, input);
      let referrerUserId = a.principal.userId;
      let registeredBy: string | null = null;
      const onBehalf = [input.onBehalfOfUserId, input.onBehalfOfEmail, input.externalReferrer];
      if (onBehalf.filter((x) => x !== undefined).length > 1)
        throw new AppError(
          'invalid_input',
          'Name the referrer once: by their account, or as a referrer without an account.',
          'externalReferrer',
        );
      if (input.externalReferrer !== undefined) {
        const receiver = receivingMembership(a.principal, {
          receivingOrganizationId: receiving.organizationId,
          serviceId: input.serviceId ?? null,
        });
        if (receiver === undefined)
          throw new AppError(
            'forbidden',
            'Only a coordinator of the receiving organisation registers a referral on behalf of someone.',
          );
        // The coordinator holds the referrer's side; the referrer hears the status by e-mail.
        registeredBy = a.principal.userId;
        a.actAs(receiver);
      } else if (input.onBehalfOfUserId !== undefined || input.onBehalfOfEmail !== undefined) {
        const receiver = receivingMembership(a.principal, {
          receivingOrganizationId: receiving.organizationId,
          serviceId: input.serviceId ?? null,
        });
        if (receiver === undefined)
          throw new AppError(
            'forbidden',
            'Only a coordinator of the receiving organisation registers a referral on behalf of someone.',
          );
        const [referrer] = await a.tx
          .select({ id: users.id })
          .from(users)
          .where(
            and(
              input.onBehalfOfUserId === undefined
                ? eq(users.email, (input.onBehalfOfEmail ?? '').trim().toLowerCase())
                : eq(users.id, input.onBehalfOfUserId),
              eq(users.status, 'active'),
            ),
          );
        if (referrer === undefined)
          throw new AppError(
            'invalid_input',
            'The referrer has no active account with this address. Check the address, ask your administrator to invite them, or register the referral in your own name.',
            input.onBehalfOfUserId === undefined ? 'onBehalfOfEmail' : 'onBehalfOfUserId',
          );
        referrerUserId = referrer.id;
        registeredBy = a.principal.userId;
        a.actAs(receiver);
      }
      const [referrerMembership] = await a.tx
        .select({ organizationId: memberships.organizationId })
        .from(memberships)
        .where(eq(memberships.userId, referrerUserId))
        .limit(1);
      const row = await insertReferral(
        a.tx,
        {
          programmeKey: input.programmeKey ?? null,
          programmeVersion: receiving.programmeVersion,
          serviceId: input.serviceId ?? null,
          receivingOrganizationId: receiving.organizationId,
          referrerUserId,
          referrerOrganizationId: referrerMembership?.organizationId ?? a.membership.organizationId,
          registeredBy,
          content: input.content,
          externalReferrer: input.externalReferrer ?? null,
        },
        a.principal.userId,
        a.now,
      );
      a.about({ subjectId: row.id });
      a.note({
        programmeKey: input.programmeKey ?? null,
        serviceId: input.serviceId ?? null,
        onBehalfOf: registeredBy === null ? null : referrerUserId,
        externalReferrer: input.externalReferrer !== undefined,
      });
      return view(a.tx, row, a.now, a.principal);
    },
  );
}
