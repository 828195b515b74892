/**
 * What the printed family plan holds, gathered inside the guard that prints it: only what the
 * family sees of the plan (nothing kept within the team, nothing hidden from a parent), the next
 * meeting, the contact person, and the people and services around the family with their phones.
 */
import {
  brusselsDate,
  involvable,
  planForFamily,
  type Actor,
  type LifeDomainKey,
  type MeetingView,
  type PlanContent,
} from '@omringd/core';
import type { CaseAccess } from '../../../kernel/guards/caseGuard.ts';
import { momentInWords } from '../../../platform/momentInWords.ts';
import { familyDetailsWithin, networkWithin } from '../../caseFile/index.ts';
import { meetingsWithin } from '../../careTable/index.ts';
import { contactPersonOf } from '../../cases/index.ts';
import { familyLabelOf } from '../queries.ts';
import { locales, planLanguage, texts, type PlanLanguage, type PlanTexts } from './texts.ts';

export type FamilyPlanData = {
  language: PlanLanguage;
  familyName: string;
  goals: {
    text: string;
    ourWords: boolean;
    domains: LifeDomainKey[];
    actions: { what: string; who: string; by: string }[];
  }[];
  now: string;
  ifNot: string;
  nextMeeting: { when: string; where: string } | null;
  nextEvaluation: string | null;
  contact: { name: string; organization: string; phone: string; email: string } | null;
  around: { name: string; about: string; phone: string }[];
  printedOn: string;
};

const dayInWords = (date: string, language: PlanLanguage) =>
  new Intl.DateTimeFormat(locales[language], {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  }).format(new Date(`${date}T12:00:00Z`));

const meetingInWords = (instant: string, language: PlanLanguage) =>
  momentInWords(new Date(instant), locales[language]);

function whoInWords(who: Actor, t: PlanTexts): string {
  switch (who.kind) {
    case 'family':
      return t.family;
    case 'network':
      return who.name;
    case 'professional':
      return who.organization === '' ? who.name : `${who.name} (${who.organization})`;
    case 'service':
      return who.name;
  }
}

function nextMeetingOf(meetings: MeetingView[], now: Date, t: PlanTexts, language: PlanLanguage) {
  const next = meetings
    .filter(
      (m) => (m.status === 'planned' || m.status === 'moved') && new Date(m.content.startsAt) > now,
    )
    .sort((a, b) => a.content.startsAt.localeCompare(b.content.startsAt))[0];
  if (next === undefined) return null;
  return {
    when: meetingInWords(next.content.startsAt, language),
    where: next.content.place.kind === 'home' ? t.atHome : next.content.place.text,
  };
}

export async function familyPlanData(
  c: CaseAccess,
  plan: PlanContent,
  nextEvaluation: string | null,
  asked: string | undefined,
): Promise<FamilyPlanData> {
  const details = await familyDetailsWithin(c);
  const language = planLanguage(asked ?? details?.language ?? 'nl');
  const t = texts[language];
  const seen = planForFamily(plan, null);
  const network = await networkWithin(c);
  const contact = await contactPersonOf(c.tx, c.caseId);
  const services = seen.actions.flatMap((a) =>
    (a.who.kind === 'service' || a.who.kind === 'professional') && a.who.phone !== ''
      ? [{ name: a.who.name, about: a.what, phone: a.who.phone }]
      : [],
  );
  const calledName = details?.calledName ?? '';
  const route = seen.routes[seen.active];
  const nextRoute =
    seen.active === 'A' ? seen.routes.B : seen.active === 'B' ? seen.routes.C : null;
  return {
    language,
    familyName: calledName === '' ? await familyLabelOf(c.tx, c.row.familyId) : calledName,
    goals: seen.goals.map((g) => ({
      text: g.text,
      ourWords: g.author === 'family',
      domains: g.domains,
      actions: seen.actions
        .filter((a) => a.goalId === g.id)
        .map((a) => ({
          what: a.what,
          who: whoInWords(a.who, t),
          by: a.by === null ? t.noDate : dayInWords(a.by, language),
        })),
    })),
    now: route.summary,
    ifNot: nextRoute?.summary ?? '',
    nextMeeting: nextMeetingOf(await meetingsWithin(c), c.now, t, language),
    nextEvaluation: nextEvaluation === null ? null : dayInWords(nextEvaluation, language),
    contact: contact === undefined ? null : { ...contact, phone: contact.phone ?? '' },
    around: [
      ...involvable(network).map((p) => ({ name: p.name, about: p.relation, phone: p.phone })),
      ...services,
    ],
    printedOn: dayInWords(brusselsDate(c.now), language),
  };
}
