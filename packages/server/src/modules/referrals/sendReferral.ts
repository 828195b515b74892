/**
 * Sending a referral: the checks the programme asks for, eligibility (an ineligible family is sent
 * only with a justification, and flagged), routing by the duty roster, and the notice to whoever
 * takes it up.
 */
import {
  brusselsToday,
  childDateProblems,
  childrenDated,
  evaluateEligibility,
  onDuty,
  referralDraftSchema,
  type Programme,
  type ReferralDraft,
  type ReferralView,
} from '@omringd/core';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { memberships, users } from '../../platform/db/identitySchema.ts';
import { brusselsDay } from '../../platform/clock.ts';
import { AppError, type ErrorReason } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withReferral, type ReferralRow } from '../../kernel/guards/referralGuard.ts';
import { findMunicipalityOfPostalCode, municipalityOfPostalCode } from '../programmes/place.ts';
import { intakeRoles, noticeOnce, receiversOf } from '../notifications/index.ts';
import { markAsSent } from './markAsSent.ts';
import { mailExternalReferrer } from './externalReferrerMail.ts';
import { programmeOf, view } from './view.ts';

type FieldProblem = { field: string; message: string; reason?: ErrorReason };

function missingForSending(programme: Programme | null, content: ReferralDraft): FieldProblem[] {
  const missing: FieldProblem[] = [];
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

export async function sendReferral(ctx: AccessContext, id: string): Promise<ReferralView> {
  return withReferral(
    ctx,
    { referralId: id, action: 'send', audit: 'update', purpose: 'care' },
    async (r) => {
      const programme = await programmeOf(r.tx, r.row);
      const content = referralDraftSchema.parse(r.row.content);
      const missing = missingForSending(programme, content);
      const postalCode = content.family.postalCode;
      if (postalCode !== null && (await findMunicipalityOfPostalCode(r.tx, postalCode)) === null)
        missing.unshift({
          field: 'family.postalCode',
          message: `Postal code ${postalCode} does not exist in Belgium. Check the four digits.`,
          reason: 'unknown_postcode',
        });
      for (const problem of childDateProblems(content.family.children, brusselsToday(r.now)))
        missing.push({
          field: problem.path.join('.'),
          message: problem.message,
          reason: problem.reason,
        });
      if (missing.length > 0)
        throw new AppError(
          'invalid_input',
          `The referral is not complete: ${missing.map((m) => m.message).join(' ')}`,
          undefined,
          missing,
        );
      let eligibility: ReferralRow['eligibility'] = null;
      let flagged = false;
      if (programme !== null) {
        const nis = await municipalityOfPostalCode(r.tx, content.family.postalCode ?? '');
        eligibility = evaluateEligibility(
          programme,
          {
            child: content.family.children[0] ?? null,
            municipalityNis: nis,
            situations: content.situations,
            conditions: content.conditions,
          },
          brusselsDay(r.now),
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
      let routedTo: ReferralRow['routedTo'] = 'organization';
      let assignedUserId: string | null = null;
      if (programme?.roster != null) {
        const duty = onDuty(programme.roster, r.now);
        routedTo = 'duty_line';
        if (duty.kind === 'coordinator') {
          // Only someone who can take it up: an active coordinator of the receiving organisation.
          const [coordinator] = await r.tx
            .select({ id: users.id })
            .from(users)
            .innerJoin(memberships, eq(memberships.userId, users.id))
            .where(
              and(
                eq(users.email, duty.coordinatorEmail.toLowerCase()),
                eq(users.status, 'active'),
                eq(memberships.organizationId, r.row.receivingOrganizationId),
                inArray(memberships.role, intakeRoles),
              ),
            );
          if (coordinator !== undefined) {
            routedTo = 'coordinator';
            assignedUserId = coordinator.id;
          }
        }
      }
      // Never dropped: when no one in Omringd can take it up, say so before it is sent.
      const recipients =
        assignedUserId !== null ? [assignedUserId] : await receiversOf(r.tx, r.row);
      if (recipients.length === 0)
        throw new AppError(
          'conflict',
          "No one in Omringd can receive referrals for this service yet. Use the service's own route shown on the form, and record it: you will be reminded to follow it up.",
        ).because('no_receiver');
      const sent = await markAsSent(
        r.tx,
        id,
        {
          eligibility,
          flaggedIneligible: flagged,
          routedTo,
          assignedUserId,
          discussedWithParentsAt: r.now,
          discussedWithParentsBy: r.principal.userId,
          agreementRecordedAt: content.agreementToShare === 'not_asked' ? null : r.now,
          agreementRecordedBy: content.agreementToShare === 'not_asked' ? null : r.principal.userId,
        },
        r.principal.userId,
        r.now,
      );
      await noticeOnce(
        r.tx,
        recipients,
        `referral_received:${randomUUID()}`,
        'referral_received',
        { referralId: id, programmeKey: sent.programmeKey, flaggedIneligible: flagged },
        r.now,
      );
      // A referrer without an account gets the reference and the status by e-mail.
      await mailExternalReferrer(r.tx, sent, 'requested', r.now);
      r.note({ status: 'requested', routedTo, assignedUserId, flaggedIneligible: flagged });
      return view(r.tx, sent, r.now, r.principal);
    },
  );
}
