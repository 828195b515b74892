/** What a notice and its e-mail say, per kind: the kind of news, never the family. */
import type { FamilyNoticeKind } from '../../platform/mail/family/index.ts';

export type NoticeKind =
  | 'referral_received'
  | 'referral_status'
  | 'referral_message'
  | 'referral_overdue'
  | 'referral_deadline_near'
  | 'external_follow_up'
  | 'case_duration_warning'
  | 'case_duration_reached'
  | 'case_handover'
  | 'break_glass'
  | 'birth_recorded'
  | 'evaluation_due'
  | 'evaluation_overdue'
  | 'plan_action_overdue'
  | 'family_agreement_changed'
  | 'family_message'
  | 'contact_message'
  | 'visit_requested'
  | 'visit_decided'
  | 'visit_reminder';

/** The notices of professionals: in Dutch or English (a family's are in platform/mail/family). */
export type StaffNoticeKind = Exclude<NoticeKind, FamilyNoticeKind>;

export const subjects: Record<StaffNoticeKind, { nl: string; en: string }> = {
  referral_received: {
    nl: 'Omringd: een nieuwe aanmelding',
    en: 'Omringd: a new referral',
  },
  referral_status: {
    nl: 'Omringd: nieuws over een aanmelding',
    en: 'Omringd: news about a referral',
  },
  referral_message: {
    nl: 'Omringd: een bericht over een aanmelding',
    en: 'Omringd: a message about a referral',
  },
  referral_overdue: {
    nl: 'Omringd: termijn van een aanmelding overschreden',
    en: 'Omringd: a referral is overdue',
  },
  referral_deadline_near: {
    nl: 'Omringd: termijn van een aanmelding loopt af',
    en: 'Omringd: a referral deadline is near',
  },
  external_follow_up: {
    nl: 'Omringd: volg een aanmelding buiten Omringd op',
    en: 'Omringd: follow up a referral made outside Omringd',
  },
  case_duration_warning: {
    nl: 'Omringd: de begeleiding bereikt bijna haar maximale duur',
    en: 'Omringd: a case is nearing its maximum duration',
  },
  case_duration_reached: {
    nl: 'Omringd: de maximale duur van een begeleiding is bereikt',
    en: 'Omringd: a case has reached its maximum duration',
  },
  case_handover: {
    nl: 'Omringd: een begeleiding is overgedragen',
    en: 'Omringd: a case was handed over',
  },
  break_glass: {
    nl: 'Omringd: iemand opende een dossier in noodtoegang',
    en: 'Omringd: someone opened a case with emergency access',
  },
  birth_recorded: {
    nl: 'Omringd: een geboorte is genoteerd',
    en: 'Omringd: a birth was recorded',
  },
  evaluation_due: {
    nl: 'Omringd: een evaluatie van een plan komt eraan',
    en: 'Omringd: a plan evaluation is coming up',
  },
  evaluation_overdue: {
    nl: 'Omringd: een evaluatie van een plan is te laat',
    en: 'Omringd: a plan evaluation is overdue',
  },
  plan_action_overdue: {
    nl: 'Omringd: een actie uit een plan is over haar datum',
    en: 'Omringd: an action of a plan is past its date',
  },
  family_agreement_changed: {
    nl: 'Omringd: een gezin veranderde wie zijn dossier mag zien',
    en: 'Omringd: a family changed who may see its file',
  },
  family_message: {
    nl: 'Omringd: een bericht van een gezin',
    en: 'Omringd: a message from a family',
  },
  visit_requested: {
    nl: 'Omringd: een gezin vraagt een huisbezoek',
    en: 'Omringd: a family asks for a home visit',
  },
};

export const bodies: Record<StaffNoticeKind, { nl: string; en: string }> = {
  referral_received: {
    nl: 'Er is een nieuwe aanmelding voor jou of je team',
    en: 'There is a new referral for you or your team',
  },
  referral_status: {
    nl: 'Er is nieuws over een aanmelding: ze kreeg een nieuwe status',
    en: 'There is news about a referral: it has a new status',
  },
  referral_message: {
    nl: 'Er is een nieuw bericht bij een aanmelding. Lees het in Omringd',
    en: 'There is a new message on a referral. Read it in Omringd',
  },
  referral_overdue: {
    nl: 'Een aanmelding wacht op een antwoord en de termijn is voorbij',
    en: 'A referral is waiting for an answer and its deadline has passed',
  },
  referral_deadline_near: {
    nl: 'Een aanmelding wacht op een antwoord en de termijn loopt af',
    en: 'A referral is waiting for an answer and its deadline is near',
  },
  external_follow_up: {
    nl: 'Je meldde een gezin aan via de eigen weg van een dienst. Vraag na of de dienst het gezin opnam, en noteer het antwoord in Omringd',
    en: "You referred a family through a service's own route. Check whether the service took the family up, and record the answer in Omringd",
  },
  case_duration_warning: {
    nl: 'Een begeleiding nadert haar maximale duur: plan de afronding of de overdracht met het gezin',
    en: 'A case is nearing its maximum duration: plan the closing or the hand-over with the family',
  },
  case_duration_reached: {
    nl: 'Een begeleiding heeft haar maximale duur bereikt: rond af of leg uit waarom ze doorloopt',
    en: 'A case has reached its maximum duration: close it or record why it continues',
  },
  case_handover: {
    nl: 'Een begeleiding waarbij je betrokken bent, heeft een nieuwe contactpersoon',
    en: 'A case you are involved in has a new contact person',
  },
  break_glass: {
    nl: 'Iemand opende een dossier waarvan je casusregisseur bent in noodtoegang, met een reden. Kijk in Omringd wie, wanneer en waarom',
    en: 'Someone opened a case you coordinate with emergency access, giving a reason. See in Omringd who, when and why',
  },
  birth_recorded: {
    nl: 'Een baby in een gezin dat je begeleidt is geboren. Wat vanaf de geboorte telt, is opnieuw berekend',
    en: 'A baby in a family you coordinate was born. What counts from the birth has been counted anew',
  },
  evaluation_due: {
    nl: 'Het plan van een gezin dat je begeleidt, moet binnenkort geëvalueerd worden. Plan het gesprek met het gezin',
    en: 'The plan of a family you coordinate is due for its evaluation soon. Plan the conversation with the family',
  },
  evaluation_overdue: {
    nl: 'De evaluatie van een plan is over haar datum. Evalueer het plan met het gezin, of zeg in het plan wanneer het wel gebeurt',
    en: 'A plan evaluation is past its date. Evaluate the plan with the family, or set in the plan when it will happen',
  },
  plan_action_overdue: {
    nl: 'Een actie uit een plan dat je coördineert, is over haar datum en nog niet gedaan. Vraag na hoe het staat',
    en: 'An action of a plan you coordinate is past its date and not done yet. Ask how it stands',
  },
  family_agreement_changed: {
    nl: 'Een gezin dat je begeleidt, gaf of trok in het gezinsportaal zijn toestemming in om zijn dossier met een organisatie te delen. Het geldt meteen; bespreek het met het gezin',
    en: 'A family you coordinate gave or withdrew, in the family portal, its agreement to share its file with an organisation. It counts at once; talk it over with the family',
  },
  family_message: {
    nl: 'Een gezin dat je begeleidt, schreef je een bericht in het gezinsportaal. Lees het in het dossier',
    en: 'A family you coordinate wrote you a message in the family portal. Read it in the case file',
  },
  visit_requested: {
    nl: 'Een gezin dat je begeleidt, vraagt in het gezinsportaal een huisbezoek. Bevestig het of stel een ander moment voor in het dossier',
    en: 'A family you coordinate asks for a home visit in the family portal. Confirm it or suggest another moment in the case file',
  },
};
