/**
 * The care table (zorgtafel): a meeting on the case with a purpose, a moment, a place near the
 * parents, its participants (with or without an account), an agenda and a status. During and
 * after: who attended, the minutes, decisions and agreements, each agreement confirmed (or not) by
 * the parents with who and when. Zorggarantie's 48-hour service level is met when a care table is
 * recorded as held.
 */
import { z } from 'zod';

const itemId = z.string().regex(/^[a-z0-9-]{1,40}$/, {
  error: 'An id is 1–40 lower-case letters, digits or dashes.',
});
const shortText = z.string().trim().max(200);

export const meetingStatuses = ['planned', 'held', 'cancelled', 'moved'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const participantKinds = [
  'parent',
  'network',
  'referrer',
  'professional',
  'expert',
  'coordinator',
] as const;
export type ParticipantKind = (typeof participantKinds)[number];

export const replies = ['pending', 'accepted', 'declined'] as const;

export const participantSchema = z
  .object({
    id: itemId,
    kind: z.enum(participantKinds),
    name: shortText.min(1, { error: 'Give the name of the participant.' }),
    email: z
      .union([z.literal(''), z.email({ error: 'This is not an e-mail address.' })])
      .default(''),
    phone: z
      .string()
      .trim()
      .max(30)
      .regex(/^[+0-9 ()./-]*$/, {
        error: 'A phone number has digits, spaces and + ( ) . / - only.',
      })
      .default(''),
    /** Who they are in the case file: a member of the family, a network person, an expert. */
    memberId: z.string().max(40).nullable().default(null),
    networkPersonId: z.string().max(27).nullable().default(null),
    expertId: z.string().max(40).nullable().default(null),
    /** The language of their invitation (a parent's, where a translation exists). */
    language: z.enum(['nl', 'en', 'fr', 'ar']).default('nl'),
    reply: z.enum(replies).default('pending'),
    attended: z.boolean().nullable().default(null),
  })
  .refine((p) => p.kind !== 'parent' || p.memberId !== null, {
    error: 'A parent at the care table is a member of the family.',
    path: ['memberId'],
  });
export type Participant = z.infer<typeof participantSchema>;

export const placeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('home') }),
  /** A place the family knows (the school, the grandmother's): in words. */
  z.object({ kind: z.literal('known_place'), text: shortText.min(1, { error: 'Say where.' }) }),
  /** A site of the social map, such as a CKG: by its service. */
  z.object({
    kind: z.literal('social_map'),
    serviceId: z.uuid(),
    text: shortText.min(1, { error: 'Say where.' }),
  }),
  z.object({ kind: z.literal('other'), text: shortText.min(1, { error: 'Say where.' }) }),
]);
export type MeetingPlace = z.infer<typeof placeSchema>;

export const confirmationSchema = z.object({
  memberId: z.string().max(40),
  agreed: z.boolean(),
  comment: z.string().trim().max(1000).default(''),
  /** Who recorded it and when (the server sets these). */
  recordedBy: z.string().default(''),
  at: z.string().default(''),
});

const textItem = z.object({
  id: itemId,
  text: z.string().trim().min(1, { error: 'Write it, or remove it.' }).max(2000),
});

export const agreementSchema = textItem.extend({
  confirmations: z.array(confirmationSchema).max(10).default([]),
  /** The people of the network who have a part in it (a supporter sees these agreements). */
  involves: z.array(z.string().max(27)).max(10).default([]),
});
export type Agreement = z.infer<typeof agreementSchema>;

const unique = <T extends { id: string }>(list: T[]) =>
  new Set(list.map((x) => x.id)).size === list.length;

export const meetingContentSchema = z.object({
  purpose: z.string().trim().min(1, { error: 'Say what the care table is for.' }).max(500),
  startsAt: z.iso.datetime({ offset: true, error: 'A moment is an ISO date and time.' }),
  minutes: z
    .number()
    .int()
    .min(15, { error: 'A care table takes at least 15 minutes.' })
    .max(480, { error: 'A care table takes at most 8 hours.' })
    .default(90),
  place: placeSchema,
  participants: z.array(participantSchema).max(30).refine(unique, {
    error: 'Each participant has an id of their own.',
  }),
  agenda: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
  notes: z.string().trim().max(20_000).default(''),
  decisions: z
    .array(textItem)
    .max(50)
    .refine(unique, { error: 'Each decision has an id of its own.' })
    .default([]),
  agreements: z
    .array(agreementSchema)
    .max(50)
    .refine(unique, { error: 'Each agreement has an id of its own.' })
    .default([]),
});
export type MeetingContent = z.infer<typeof meetingContentSchema>;

/** The moves a care table can make; held, cancelled are final. */
const moves: Record<MeetingStatus, readonly MeetingStatus[]> = {
  planned: ['held', 'cancelled', 'moved'],
  moved: ['held', 'cancelled', 'moved'],
  held: [],
  cancelled: [],
};

export function mayMove(from: MeetingStatus, to: MeetingStatus): boolean {
  return moves[from].includes(to);
}

/** Whether a change of the content should reach the invited again (a new SEQUENCE). */
export function changesTheInvitation(before: MeetingContent, after: MeetingContent): boolean {
  return (
    before.startsAt !== after.startsAt ||
    before.minutes !== after.minutes ||
    JSON.stringify(before.place) !== JSON.stringify(after.place) ||
    before.purpose !== after.purpose
  );
}

/** Those who get an invitation by e-mail: everyone with an address. */
export function invitees(content: MeetingContent): Participant[] {
  return content.participants.filter((p) => p.email !== '');
}

/**
 * The parents' confirmations as the server keeps them: one already recorded keeps who recorded it
 * and when; a new one (or a changed answer) gets this user and this moment. Nobody can write
 * another person's name or an earlier time into a confirmation.
 */
export function stampConfirmations(
  before: MeetingContent | null,
  after: MeetingContent,
  recordedBy: string,
  at: string,
): MeetingContent {
  const kept = new Map(
    (before?.agreements ?? []).flatMap((a) =>
      a.confirmations.map((c) => [`${a.id}:${c.memberId}`, c] as const),
    ),
  );
  return {
    ...after,
    agreements: after.agreements.map((a) => ({
      ...a,
      confirmations: a.confirmations.map((c) => {
        const old = kept.get(`${a.id}:${c.memberId}`);
        return old !== undefined && old.agreed === c.agreed && old.comment === c.comment
          ? old
          : { ...c, recordedBy, at };
      }),
    })),
  };
}

export const meetingViewSchema = z.object({
  id: z.string(),
  status: z.enum(meetingStatuses),
  version: z.number().int().positive(),
  sequence: z.number().int().nonnegative(),
  content: meetingContentSchema,
  heldAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type MeetingView = z.infer<typeof meetingViewSchema>;

export const meetingSaveSchema = z.object({
  version: z.number().int().positive(),
  content: meetingContentSchema,
});

export const meetingStatusInputSchema = z.object({
  version: z.number().int().positive(),
  to: z.enum(['held', 'cancelled']),
});
