/**
 * A referral as the pages and the FHIR facade show it: status, deadlines with what is left, the
 * contact person or the duty line to call, consent with who and when, and the reader's side.
 */
import {
  brusselsDate,
  contactsValidOn,
  serviceLevelStates,
  type Programme,
  type ReferralDraft,
  type ReferralMoments,
} from '@omringd/core';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { referralEvents } from '../../kernel/tables/caseSchema.ts';
import { users } from '../../platform/db/identitySchema.ts';
import { organizations, services } from '../../platform/db/schema.ts';
import { currentProgramme, programmeVersion } from '../programmes/programmeStore.ts';
import type { Principal } from '../../kernel/principal.ts';
import { relation, type Row } from '../../kernel/guards/referralGuard.ts';
export async function programmeOf(tx: Db, row: Row): Promise<Programme | null> {
  if (row.programmeKey === null) return null;
  return row.programmeVersion === null
    ? currentProgramme(tx, row.programmeKey)
    : programmeVersion(tx, row.programmeKey, row.programmeVersion);
}

export type Deadline = {
  id: string;
  label: { nl: string; en: string };
  dueAt: string;
  metAt: string | null;
  overdue: boolean;
};

/** The moments of a referral that start or stop a service-level clock. */
export async function momentsOf(tx: Db, row: Row): Promise<ReferralMoments> {
  const events = await tx
    .select()
    .from(referralEvents)
    .where(eq(referralEvents.referralId, row.id))
    .orderBy(asc(referralEvents.at));
  const at = (found: (typeof events)[number] | undefined) => found?.at ?? null;
  return {
    sentAt: row.sentAt,
    acceptedAt: at(events.find((e) => e.toStatus === 'accepted')),
    firstAnswerAt: at(events.find((e) => e.fromStatus === 'requested')),
    startedAt: at(events.find((e) => e.toStatus === 'in-progress')),
    careTableAgreedAt: row.careTableAgreedAt,
    careTableHeldAt: row.careTableHeldAt,
  };
}

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

export type ReferralView = {
  id: string;
  status: string;
  programmeKey: string | null;
  serviceId: string | null;
  receivingOrganizationName: string;
  content: ReferralDraft;
  flaggedIneligible: boolean;
  eligibility: Row['eligibility'];
  routedTo: Row['routedTo'];
  assignedTo: { id: string; displayName: string } | null;
  referrer: { displayName: string };
  /** Set when a coordinator registered the referral for the referrer (received by phone). */
  registeredBy: { displayName: string } | null;
  /** The service of a warm referral. */
  serviceName: string | null;
  /** For a programme with a care-table deadline: when the parents agreed and when it was held. */
  careTable: { agreedAt: string | null; heldAt: string | null } | null;
  /** How the reader relates to it: the pages offer the steps of that side. */
  viewerSides: ('referrer' | 'receiver')[];
  /** Routed to the general duty line: whom to call, with the numbers valid today. */
  dutyLine: { name: string; contacts: { kind: 'phone' | 'email'; value: string }[] } | null;
  /** Consent as recorded when sent: who confirmed what, and when; the legal basis apart. */
  consent: {
    discussedWithParents: { by: string; at: string } | null;
    agreementToShare: ReferralDraft['agreementToShare'];
    agreementRecorded: { by: string; at: string } | null;
    legalBasis: string | null;
  };
  caseId: string | null;
  outcomeReason: string | null;
  feedback: string;
  deadlines: Deadline[];
  createdAt: string;
  sentAt: string | null;
  updatedAt: string;
};

export async function view(
  tx: Db,
  row: Row,
  now: Date,
  viewer: Principal | null,
): Promise<ReferralView> {
  const side = viewer === null ? null : relation(viewer, row);
  const [org] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, row.receivingOrganizationId));
  const people = await tx
    .select({ id: users.id, displayName: users.displayName })
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
    assignedTo:
      assigned === undefined || row.assignedUserId === null
        ? null
        : { id: row.assignedUserId, displayName: assigned },
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
    deadlines: await deadlinesOf(tx, row, programme, now),
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
