/**
 * A referral as the pages and the FHIR facade show it: status, deadlines with what is left, the
 * contact person or the duty line to call, consent with who and when, and the reader's side.
 */
import { staffEmail } from '../../kernel/signInName.ts';
import {
  brusselsDate,
  type ReferralView,
  contactsValidOn,
  durationWindow,
  serviceLevelStates,
  type Programme,
} from '@omringd/core';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { users } from '../../platform/db/identitySchema.ts';
import { organizations, services } from '../../platform/db/schema.ts';
import { currentProgramme, programmeVersion } from '../programmes/programmeStore.ts';
import type { Principal } from '../../kernel/principal.ts';
import { relationTo, type ReferralRow as Row } from '../../kernel/guards/referralGuard.ts';
import { messagesOf, momentsOf } from './queries.ts';
import { reachOf } from './reach.ts';

export { momentsOf } from './queries.ts';

export async function programmeOf(tx: Db, row: Row): Promise<Programme | null> {
  if (row.programmeKey === null) return null;
  return row.programmeVersion === null
    ? currentProgramme(tx, row.programmeKey)
    : programmeVersion(tx, row.programmeKey, row.programmeVersion);
}

export type { ReferralView } from '@omringd/core';
type Deadline = ReferralView['deadlines'][number];

export async function deadlinesOf(
  tx: Db,
  row: Row,
  programme: Programme | null,
  now: Date,
): Promise<Deadline[]> {
  if (programme === null || row.sentAt === null) return [];
  return serviceLevelStates(programme.serviceLevels, await momentsOf(tx, row)).map((state) => ({
    id: state.level.id,
    label: state.level.label,
    dueAt: state.dueAt.toISOString(),
    metAt: state.metAt?.toISOString() ?? null,
    overdue: state.metAt === null ? now > state.dueAt : state.metAt > state.dueAt,
  }));
}

const running = new Set(['accepted', 'in-progress', 'on-hold']);

/** When a running referral reaches its programme's maximum duration (from its acceptance). */
async function durationEndOf(tx: Db, row: Row, programme: Programme | null) {
  if (programme?.maxDuration == null || !running.has(row.status)) return null;
  const { acceptedAt } = await momentsOf(tx, row);
  return acceptedAt === null
    ? null
    : durationWindow(acceptedAt, programme.maxDuration).endsAt.toISOString();
}

export async function view(
  tx: Db,
  row: Row,
  now: Date,
  viewer: Principal | null,
): Promise<ReferralView> {
  const side = viewer === null ? null : relationTo(viewer, row);
  const [org] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, row.receivingOrganizationId));
  const people = await tx
    .select({
      id: users.id,
      displayName: users.displayName,
      email: staffEmail,
      phone: users.phone,
    })
    .from(users)
    .where(
      inArray(users.id, [
        row.referrerUserId,
        ...(row.assignedUserId === null ? [] : [row.assignedUserId]),
        ...(row.registeredBy === null ? [] : [row.registeredBy]),
        ...(row.discussedWithParentsBy === null ? [] : [row.discussedWithParentsBy]),
        ...(row.agreementRecordedBy === null ? [] : [row.agreementRecordedBy]),
      ]),
    );
  const [service] =
    row.serviceId === null
      ? []
      : await tx
          .select({ name: services.name })
          .from(services)
          .where(eq(services.id, row.serviceId));
  const name = (id: string | null) => people.find((p) => p.id === id)?.displayName;
  const programme = await programmeOf(tx, row);
  const assigned = name(row.assignedUserId);
  const contact = people.find((p) => p.id === row.assignedUserId);
  return {
    id: row.id,
    status: row.status,
    programmeKey: row.programmeKey,
    serviceId: row.serviceId,
    receivingOrganizationName: org?.name ?? '',
    content: row.content,
    flaggedIneligible: row.flaggedIneligible,
    eligibility: row.eligibility,
    routedTo: row.routedTo,
    externalReferrer: row.externalReferrer,
    externalRoute: row.externalRoute,
    followUpAt: row.followUpAt?.toISOString() ?? null,
    assignedTo:
      assigned === undefined || row.assignedUserId === null
        ? null
        : { id: row.assignedUserId, displayName: assigned },
    contactPerson:
      row.caseId === null || contact === undefined
        ? null
        : { displayName: contact.displayName, email: contact.email, phone: contact.phone },
    referrer: { displayName: name(row.referrerUserId) ?? '' },
    registeredBy: row.registeredBy === null ? null : { displayName: name(row.registeredBy) ?? '' },
    serviceName: service?.name ?? null,
    careTable:
      programme?.serviceLevels.some((l) => l.from === 'parents_agreed_care_table') === true
        ? {
            agreedAt: row.careTableAgreedAt?.toISOString() ?? null,
            heldAt: row.careTableHeldAt?.toISOString() ?? null,
          }
        : null,
    viewerSides: [
      ...(side?.isReferrer === true ? (['referrer'] as const) : []),
      ...(side?.isReceiver === true ? (['receiver'] as const) : []),
    ],
    dutyLine:
      row.routedTo === 'duty_line' && programme?.roster != null
        ? {
            name: programme.roster.dutyLine.name,
            contacts: contactsValidOn(programme.roster.dutyLine.contacts, brusselsDate(now)).map(
              (c) => ({ kind: c.kind, value: c.value }),
            ),
          }
        : null,
    consent: {
      discussedWithParents:
        row.discussedWithParentsAt === null
          ? null
          : {
              by: name(row.discussedWithParentsBy) ?? '',
              at: row.discussedWithParentsAt.toISOString(),
            },
      agreementToShare: row.content.agreementToShare,
      agreementRecorded:
        row.agreementRecordedAt === null
          ? null
          : { by: name(row.agreementRecordedBy) ?? '', at: row.agreementRecordedAt.toISOString() },
      legalBasis: row.content.legalBasis,
    },
    caseId: row.caseId,
    outcomeReason: row.outcomeReason,
    feedback: row.feedback,
    messages: await messagesOf(tx, row.id),
    // Before sending, the referrer learns whether anyone in Omringd can receive it.
    reach:
      row.status === 'draft' && side?.isReferrer === true
        ? await reachOf(tx, row, programme, now)
        : null,
    deadlines: await deadlinesOf(tx, row, programme, now),
    durationEndsAt: await durationEndOf(tx, row, programme),
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One after the other: a transaction is one connection, which runs one query at a time. */
export async function viewsOf(
  tx: Db,
  rows: Row[],
  now: Date,
  viewer: Principal | null,
): Promise<ReferralView[]> {
  const views: ReferralView[] = [];
  for (const row of rows) views.push(await view(tx, row, now, viewer));
  return views;
}
