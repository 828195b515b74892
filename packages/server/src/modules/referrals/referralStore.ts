/**
 * Referrals through the access context: the referrer's draft (saved as it is typed), sending
 * with the checks the programme asks for, routing to the coordinator on duty, the receiving
 * side's decisions by the lifecycle table, and the status the referrer follows. A referral the
 * user has no relation to is a 404; every read, change and denial is audited.
 */
import {
  checkTransition,
  childrenDated,
  evaluateEligibility,
  hasBornChild,
  mayActOnReferral,
  onDuty,
  referralDraftSchema,
  rightsOf,
  type OutcomeReason,
  type Programme,
  type ReferralDraft,
  type ReferralStatus,
} from '@omringd/core';
import { and, desc, eq, inArray, ne, or } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import {
  caseMembers,
  cases,
  families,
  referralEvents,
  referrals,
} from '../../kernel/tables/caseSchema.ts';
import { memberships, users } from '../../platform/db/identitySchema.ts';
import { organizations, services } from '../../platform/db/schema.ts';
import { brusselsDay } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { currentProgramme } from '../programmes/programmeStore.ts';
import { municipalityOfPostalCode } from '../programmes/place.ts';
import type { AccessContext, Scope } from '../../kernel/accessContext.ts';
import { intakeRoles, intakeTeam, noticeOnce } from '../notifications/notices.ts';
import { membershipWith, type Principal } from '../../kernel/principal.ts';
import {
  authorized,
  notFound,
  receivingMembership,
  relation,
  signedIn,
  withReferral,
  type Row,
} from '../../kernel/guards/referralGuard.ts';

import { programmeOf, view, viewsOf, type ReferralView } from './view.ts';

export type { Deadline, ReferralView } from './view.ts';

export type NewReferral = {
  programmeKey?: string | undefined;
  serviceId?: string | undefined;
  /** A coordinator registering a referral received by phone names the referrer. */
  onBehalfOfUserId?: string | undefined;
  /** …or names them by the e-mail address of their account. */
  onBehalfOfEmail?: string | undefined;
  content: ReferralDraft;
};

export async function createReferral(
  ctx: AccessContext,
  input: NewReferral,
): Promise<ReferralView> {
  const principal = signedIn(ctx);
  if ((input.programmeKey === undefined) === (input.serviceId === undefined))
    throw new AppError(
      'invalid_input',
      'Refer to a programme or to one service, not both.',
      'programmeKey',
    );
  return ctx.transaction('care', async (scope) => {
    let receivingOrganizationId: string;
    let programmeVersionNumber: number | null = null;
    if (input.programmeKey !== undefined) {
      const programme = await currentProgramme(scope.tx, input.programmeKey);
      const [org] = await scope.tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.key, programme.organizationKey));
      if (org === undefined)
        throw new AppError(
          'invalid_input',
          `The organisation of programme "${programme.key}" is not on the social map.`,
        );
      receivingOrganizationId = org.id;
      programmeVersionNumber = programme.version;
    } else {
      const [service] = await scope.tx
        .select({ organizationId: services.organizationId })
        .from(services)
        .where(eq(services.id, input.serviceId ?? ''));
      if (service === undefined)
        throw new AppError(
          'invalid_input',
          'There is no such service on the social map.',
          'serviceId',
        );
      receivingOrganizationId = service.organizationId;
    }
    let referrerUserId = principal.userId;
    let registeredBy: string | null = null;
    let as = membershipWith(principal, 'referral.create');
    if (input.onBehalfOfUserId !== undefined || input.onBehalfOfEmail !== undefined) {
      const receiver = receivingMembership(principal, {
        receivingOrganizationId,
        serviceId: input.serviceId ?? null,
      });
      if (receiver === undefined)
        throw new AppError(
          'forbidden',
          'Only a coordinator of the receiving organisation registers a referral on behalf of someone.',
        );
      const [referrer] = await scope.tx
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
      registeredBy = principal.userId;
      as = receiver;
    }
    if (as === undefined) throw new AppError('forbidden', 'Your role cannot refer families.');
    const [referrerMembership] = await scope.tx
      .select({ organizationId: memberships.organizationId })
      .from(memberships)
      .where(eq(memberships.userId, referrerUserId))
      .limit(1);
    const id = randomUUID();
    const [row] = await scope.tx
      .insert(referrals)
      .values({
        id,
        programmeKey: input.programmeKey ?? null,
        programmeVersion: programmeVersionNumber,
        serviceId: input.serviceId ?? null,
        receivingOrganizationId,
        status: 'draft',
        referrerUserId,
        referrerOrganizationId: referrerMembership?.organizationId ?? as.organizationId,
        registeredBy,
        content: input.content,
        createdAt: scope.now,
        updatedAt: scope.now,
      })
      .returning();
    if (row === undefined) throw new Error('The referral was not stored.');
    await scope.tx.insert(referralEvents).values({
      id: randomUUID(),
      referralId: id,
      at: scope.now,
      byUserId: principal.userId,
      fromStatus: null,
      toStatus: 'draft',
    });
    await scope.audit(
      {
        action: 'create',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: id,
        details: {
          programmeKey: input.programmeKey ?? null,
          serviceId: input.serviceId ?? null,
          onBehalfOf: registeredBy === null ? null : referrerUserId,
        },
      },
      as,
    );
    return view(scope.tx, row, scope.now, scope.principal);
  });
}

/** The draft as typed so far (autosave). */
export async function saveDraft(
  ctx: AccessContext,
  id: string,
  content: ReferralDraft,
): Promise<ReferralView> {
  return withReferral(ctx, 'care', async (scope, principal) => {
    const { as } = await authorized(scope, principal, id, 'edit_draft', 'update');
    const [row] = await scope.tx
      .update(referrals)
      .set({ content, updatedAt: scope.now })
      .where(eq(referrals.id, id))
      .returning();
    if (row === undefined) throw notFound();
    await scope.audit(
      {
        action: 'update',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: id,
        details: { draft: true },
      },
      as,
    );
    return view(scope.tx, row, scope.now, scope.principal);
  });
}

function missingForSending(
  programme: Programme | null,
  content: ReferralDraft,
): { field: string; message: string }[] {
  const missing: { field: string; message: string }[] = [];
  if (content.family.postalCode === null)
    missing.push({ field: 'family.postalCode', message: "Fill in the family's postal code." });
  if (content.family.children.length === 0 || !childrenDated(content.family.children))
    missing.push({
      field: 'family.children',
      message:
        'Add each child with its date of birth, or the expected due date of the unborn child.',
    });
  if (content.concern.behaviour.trim() === '')
    missing.push({
      field: 'concern.behaviour',
      message: 'Describe the concern: what behaviour do you see?',
    });
  if (!content.discussedWithParents)
    missing.push({
      field: 'discussedWithParents',
      message: 'Discuss the referral with the parents first, and confirm it here.',
    });
  if (content.agreementToShare !== 'given' && (content.legalBasis ?? '').trim() === '')
    missing.push({
      field: 'agreementToShare',
      message: "Record the family's agreement to share, or the legal basis for sharing without it.",
    });
  for (const item of programme?.checklist ?? [])
    if (!content.checklist.includes(item.id))
      missing.push({ field: `checklist.${item.id}`, message: `Not done yet: ${item.label.en}.` });
  return missing;
}

/** Sends the referral: checks, eligibility (flagged with a justification), routing by the roster. */
export async function sendReferral(ctx: AccessContext, id: string): Promise<ReferralView> {
  return withReferral(ctx, 'care', async (scope, principal) => {
    const { row, as } = await authorized(scope, principal, id, 'send', 'update');
    const programme = await programmeOf(scope.tx, row);
    const content = referralDraftSchema.parse(row.content);
    const missing = missingForSending(programme, content);
    if (missing.length > 0)
      throw Object.assign(
        new AppError(
          'invalid_input',
          `The referral is not complete: ${missing.map((m) => m.message).join(' ')}`,
        ),
        { fields: missing },
      );
    let eligibility: Row['eligibility'] = null;
    let flagged = false;
    if (programme !== null) {
      const nis = await municipalityOfPostalCode(scope.tx, content.family.postalCode ?? '');
      const child = content.family.children[0] ?? null;
      eligibility = evaluateEligibility(
        programme,
        {
          child,
          municipalityNis: nis,
          situations: content.situations,
          conditions: content.conditions,
        },
        brusselsDay(scope.now),
      );
      if (eligibility.eligible !== true) {
        if ((content.ineligibleJustification ?? '').trim().length < 10)
          throw new AppError(
            'invalid_input',
            'This family does not meet every rule of the programme. Explain why you refer anyway (at least 10 characters), or choose another offer on the social map.',
            'ineligibleJustification',
          );
        flagged = true;
      }
    }
    // Routing: the coordinator on duty now, else the duty line, else the organisation's coordinators.
    let routedTo: Row['routedTo'] = 'organization';
    let assignedUserId: string | null = null;
    if (programme?.roster != null) {
      const duty = onDuty(programme.roster, scope.now);
      routedTo = 'duty_line';
      if (duty.kind === 'coordinator') {
        // Only someone who can take it up: an active coordinator of the receiving organisation.
        const [coordinator] = await scope.tx
          .select({ id: users.id })
          .from(users)
          .innerJoin(memberships, eq(memberships.userId, users.id))
          .where(
            and(
              eq(users.email, duty.coordinatorEmail.toLowerCase()),
              eq(users.status, 'active'),
              eq(memberships.organizationId, row.receivingOrganizationId),
              inArray(memberships.role, intakeRoles),
            ),
          );
        if (coordinator !== undefined) {
          routedTo = 'coordinator';
          assignedUserId = coordinator.id;
        }
      }
    }
    const [sent] = await scope.tx
      .update(referrals)
      .set({
        status: 'requested',
        sentAt: scope.now,
        updatedAt: scope.now,
        eligibility,
        flaggedIneligible: flagged,
        routedTo,
        assignedUserId,
        discussedWithParentsAt: scope.now,
        discussedWithParentsBy: principal.userId,
        agreementRecordedAt: content.agreementToShare === 'not_asked' ? null : scope.now,
        agreementRecordedBy: content.agreementToShare === 'not_asked' ? null : principal.userId,
      })
      .where(and(eq(referrals.id, id), eq(referrals.status, 'draft')))
      .returning();
    if (sent === undefined) throw new AppError('conflict', 'This referral was sent already.');
    await scope.tx.insert(referralEvents).values({
      id: randomUUID(),
      referralId: id,
      at: scope.now,
      byUserId: principal.userId,
      fromStatus: 'draft',
      toStatus: 'requested',
    });
    const recipients =
      assignedUserId !== null
        ? [assignedUserId]
        : await intakeTeam(scope.tx, sent.receivingOrganizationId);
    await notify(scope, recipients, 'referral_received', {
      referralId: id,
      programmeKey: sent.programmeKey,
      flaggedIneligible: flagged,
    });
    await scope.audit(
      {
        action: 'update',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: id,
        details: { status: 'requested', routedTo, assignedUserId, flaggedIneligible: flagged },
      },
      as,
    );
    return view(scope.tx, sent, scope.now, scope.principal);
  });
}

/** A notice in the app and an e-mail through the outbox (once per event and person). */

/** Tell these people of an event on a referral: in the application and by e-mail, once each. */
async function notify(
  scope: Scope,
  userIds: string[],
  kind: 'referral_received' | 'referral_status',
  params: Record<string, unknown>,
): Promise<void> {
  await noticeOnce(scope.tx, userIds, `${kind}:${randomUUID()}`, kind, params, scope.now);
}

export async function readReferral(ctx: AccessContext, id: string): Promise<ReferralView> {
  return withReferral(ctx, 'care', async (scope, principal) => {
    const { row, as } = await authorized(scope, principal, id, 'read', 'read');
    await scope.audit(
      {
        action: 'read',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: id,
        caseId: row.caseId,
      },
      as,
    );
    return view(scope.tx, row, scope.now, scope.principal);
  });
}

export async function listMyReferrals(ctx: AccessContext): Promise<ReferralView[]> {
  const principal = signedIn(ctx);
  return ctx.transaction('care', async (scope) => {
    const rows = await scope.tx
      .select()
      .from(referrals)
      .where(eq(referrals.referrerUserId, principal.userId))
      .orderBy(desc(referrals.updatedAt))
      .limit(200);
    await scope.audit(
      {
        action: 'search',
        outcome: 'success',
        subjectType: 'referral',
        details: { scope: 'mine', count: rows.length },
      },
      membershipWith(principal, 'referral.create'),
    );
    return viewsOf(scope.tx, rows, scope.now, scope.principal);
  });
}

/** The intake inbox: referrals received by my organisations, newest first, with deadlines. */
export async function intakeInbox(ctx: AccessContext): Promise<ReferralView[]> {
  const principal = signedIn(ctx);
  const organizationIds = [
    ...new Set(
      principal.memberships
        .filter((m) => rightsOf([m.role]).has('intake.read') || m.role === 'reception')
        .map((m) => m.organizationId),
    ),
  ];
  if (organizationIds.length === 0)
    throw new AppError('forbidden', 'Only coordinators on intake see incoming referrals.');
  return ctx.transaction('coordination', async (scope) => {
    const rows = await scope.tx
      .select()
      .from(referrals)
      .where(
        and(
          inArray(referrals.receivingOrganizationId, organizationIds),
          ne(referrals.status, 'draft'),
        ),
      )
      .orderBy(desc(referrals.sentAt))
      .limit(200);
    const visible = rows.filter((r) => relation(principal, r).isReceiver);
    await scope.audit(
      {
        action: 'search',
        outcome: 'success',
        subjectType: 'referral',
        details: { scope: 'inbox', count: visible.length, referralIds: visible.map((r) => r.id) },
      },
      membershipWith(principal, 'intake.read'),
    );
    return viewsOf(scope.tx, visible, scope.now, scope.principal);
  });
}

/**
 * A step in the lifecycle. The receiving side accepts (a case opens with the acting coordinator
 * as the one contact person), rejects, starts, holds, completes or fails; the referrer withdraws.
 */
export async function changeStatus(
  ctx: AccessContext,
  id: string,
  input: { to: ReferralStatus; reason: OutcomeReason | null; feedback?: string | undefined },
): Promise<ReferralView> {
  return withReferral(ctx, 'coordination', async (scope: Scope, principal: Principal) => {
    const [found] = await scope.tx.select().from(referrals).where(eq(referrals.id, id));
    if (found === undefined)
      scope.deny({
        action: 'update',
        subjectType: 'referral',
        subjectId: id,
        details: { reason: 'not_found' },
      });
    const rel = relation(principal, found);
    const actor = rel.isReceiver && input.to !== 'cancelled' ? 'receiver' : 'referrer';
    const { row, as } = await authorized(
      scope,
      principal,
      id,
      actor === 'receiver' ? 'decide' : 'withdraw',
      'update',
    );
    const check = checkTransition(row.status as ReferralStatus, input.to, actor, input.reason);
    if (!check.ok) {
      const message = {
        no_such_transition: `A referral cannot go from "${row.status}" to "${input.to}".`,
        not_your_step: 'This step is for the other side of the referral.',
        reason_required: 'Choose a reason for this step.',
        reason_not_allowed: 'This reason does not fit this step. Choose one of the listed reasons.',
      }[check.problem];
      throw new AppError('conflict', message, check.problem.startsWith('reason') ? 'reason' : 'to');
    }
    let caseId = row.caseId;
    let assignedUserId = row.assignedUserId;
    if (input.to === 'accepted') {
      const receiver = rel.receiver;
      if (receiver === undefined) throw notFound();
      const content = referralDraftSchema.parse(row.content);
      const familyId = randomUUID();
      caseId = randomUUID();
      const parents = content.family.parents.map((p) => p.name).filter((n) => n !== '');
      await scope.tx.insert(families).values({
        id: familyId,
        label: parents.length > 0 ? `Gezin ${parents.join(' en ')}` : 'Gezin (aanmelding)',
        postalCode: content.family.postalCode,
        createdAt: scope.now,
      });
      await scope.tx.insert(cases).values({
        id: caseId,
        familyId,
        organizationId: receiver.organizationId,
        title: row.programmeKey ?? 'Warme doorverwijzing',
        concern: content.concern.behaviour,
        restricted: {},
        status: 'open',
        createdAt: scope.now,
        updatedAt: scope.now,
      });
      await scope.tx.insert(caseMembers).values({
        caseId,
        userId: principal.userId,
        organizationId: receiver.organizationId,
        caseRole: 'coordinator',
        addedAt: scope.now,
      });
      assignedUserId = principal.userId;
    }
    const [updated] = await scope.tx
      .update(referrals)
      .set({
        status: input.to,
        outcomeReason: input.reason,
        ...(input.feedback === undefined ? {} : { feedback: input.feedback }),
        caseId,
        assignedUserId,
        updatedAt: scope.now,
      })
      .where(and(eq(referrals.id, id), eq(referrals.status, row.status)))
      .returning();
    if (updated === undefined)
      throw new AppError(
        'conflict',
        'Someone changed this referral at the same moment. Reload and try again.',
      );
    await scope.tx.insert(referralEvents).values({
      id: randomUUID(),
      referralId: id,
      at: scope.now,
      byUserId: principal.userId,
      fromStatus: row.status,
      toStatus: input.to,
      reason: input.reason,
      note: input.feedback ?? '',
    });
    const other =
      actor === 'receiver'
        ? [row.referrerUserId]
        : assignedUserId === null
          ? await intakeTeam(scope.tx, row.receivingOrganizationId)
          : [assignedUserId];
    await notify(scope, other, 'referral_status', { referralId: id, status: input.to });
    await scope.audit(
      {
        action: 'update',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: id,
        caseId,
        details: { from: row.status, to: input.to, reason: input.reason },
      },
      as,
    );
    return view(scope.tx, updated, scope.now, scope.principal);
  });
}

/**
 * Veilig van in de buik: without a legal mandate before birth, the public prosecutor (Parket)
 * can be involved only once the child is born. Enforced here, with a message that says so.
 */
/** Which programme rules forbid the public prosecutor before birth (a new kind must say so). */
const blocksProsecutorBeforeBirth: Record<Programme['rules'][number]['kind'], boolean> = {
  prosecutor_only_after_birth: true,
};
const onlyAfterBirth = (rule: Programme['rules'][number]) => blocksProsecutorBeforeBirth[rule.kind];

export async function referToProsecutor(
  ctx: AccessContext,
  id: string,
  note: string,
): Promise<ReferralView> {
  return withReferral(ctx, 'coordination', async (scope, principal) => {
    const { row, as } = await authorized(scope, principal, id, 'prosecutor', 'update');
    const programme = await programmeOf(scope.tx, row);
    const content = referralDraftSchema.parse(row.content);
    if ((programme?.rules ?? []).some(onlyAfterBirth) && !hasBornChild(content))
      throw new AppError(
        'conflict',
        'A referral to the public prosecutor (Parket) is possible only once the child is born: before birth there is no legal mandate. Record the birth first.',
        'family.children',
      );
    await scope.tx.insert(referralEvents).values({
      id: randomUUID(),
      referralId: id,
      at: scope.now,
      byUserId: principal.userId,
      fromStatus: row.status,
      toStatus: row.status,
      reason: 'prosecutor_referral',
      note,
    });
    await scope.audit(
      {
        action: 'update',
        outcome: 'success',
        subjectType: 'referral',
        subjectId: id,
        caseId: row.caseId,
        details: { prosecutorReferral: true },
      },
      as,
    );
    return view(scope.tx, row, scope.now, scope.principal);
  });
}

export type ReferralFilter = {
  status?: string[] | undefined;
  /** Only those assigned to this user (the Task owner). */
  assignedUserId?: string | undefined;
  updatedSince?: Date | undefined;
};

/** Referrals I sent or my organisations received (not drafts of others), for the FHIR search. */
export async function searchReferrals(
  ctx: AccessContext,
  filter: ReferralFilter,
): Promise<ReferralView[]> {
  const principal = signedIn(ctx);
  return ctx.transaction('care', async (scope) => {
    const organizationIds = principal.memberships.map((m) => m.organizationId);
    const candidates = await scope.tx
      .select()
      .from(referrals)
      .where(
        organizationIds.length === 0
          ? eq(referrals.referrerUserId, principal.userId)
          : or(
              eq(referrals.referrerUserId, principal.userId),
              eq(referrals.registeredBy, principal.userId),
              inArray(referrals.receivingOrganizationId, organizationIds),
            ),
      )
      .orderBy(desc(referrals.updatedAt))
      .limit(500);
    const visible = candidates.filter(
      (r) =>
        mayActOnReferral('read', relation(principal, r)) &&
        (filter.status === undefined || filter.status.includes(r.status)) &&
        (filter.assignedUserId === undefined || r.assignedUserId === filter.assignedUserId) &&
        (filter.updatedSince === undefined || r.updatedAt >= filter.updatedSince),
    );
    await scope.audit(
      {
        action: 'search',
        outcome: 'success',
        subjectType: 'referral',
        details: {
          scope: 'fhir',
          count: visible.length,
          filter: {
            status: filter.status ?? null,
            owner: filter.assignedUserId ?? null,
            since: filter.updatedSince?.toISOString() ?? null,
          },
        },
      },
      membershipWith(principal, 'referral.create') ?? principal.memberships[0],
    );
    return viewsOf(scope.tx, visible, scope.now, scope.principal);
  });
}
