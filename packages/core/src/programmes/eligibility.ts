/**
 * Is this family in the programme's target group? Each rule answers met, not met or unknown
 * (not yet filled in), with a plain explanation in Dutch and English. An ineligible referral can
 * still be sent with a justification; the answer is shown while typing.
 */
import { DateTime } from 'luxon';
import { provinceOfNis, type ProvinceCode } from '../geography/provinces.ts';
import type { Labels } from '../taxonomy/terms.ts';
import type { Programme } from './programme.ts';

export type ChildFacts =
  { born: true; birthDate: string } | { born: false; dueDate: string } | null;

export type EligibilityFacts = {
  child: ChildFacts;
  /** NIS code of the municipality where the family lives. */
  municipalityNis: string | null;
  situations: readonly string[];
  conditions: readonly string[];
};

export type RuleStatus = 'met' | 'not_met' | 'unknown';
export type RuleResult = {
  rule: 'age' | 'region' | 'situations' | 'conditions';
  status: RuleStatus;
  explanation: Labels;
};
export type Eligibility = { eligible: boolean | null; rules: RuleResult[] };

const date = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Brussels' }).startOf('day');

/** "3 jaar en 2 maanden" / "3 years and 2 months". */
export function describeAge(months: number): Labels {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const nlParts = [
    years > 0 ? `${years} jaar` : null,
    rest > 0 || years === 0 ? `${rest} ${rest === 1 ? 'maand' : 'maanden'}` : null,
  ].filter(Boolean);
  const enParts = [
    years > 0 ? `${years} ${years === 1 ? 'year' : 'years'}` : null,
    rest > 0 || years === 0 ? `${rest} ${rest === 1 ? 'month' : 'months'}` : null,
  ].filter(Boolean);
  return { nl: nlParts.join(' en '), en: enParts.join(' and ') };
}

function endOfWindow(p: Programme, birth: DateTime): { end: DateTime; phrase: Labels } {
  const end = p.ageWindow.end;
  switch (end.kind) {
    case 'birthday':
      return {
        end: birth.plus({ years: end.years }),
        phrase: {
          nl: `kinderen tot hun ${end.years}de verjaardag`,
          en: `children up to their ${ordinal(end.years)} birthday`,
        },
      };
    case 'months_after_birth':
      if (end.months === 0)
        return {
          end: birth,
          phrase: { nl: 'zwangerschappen, tot de geboorte', en: 'pregnancies, until the birth' },
        };
      return {
        end: birth.plus({ months: end.months }),
        phrase: {
          nl: `gezinnen tot ${end.months} maanden na de geboorte`,
          en: `families until ${end.months} months after the birth`,
        },
      };
    case 'first_school_day':
      return {
        end: birth.plus({ months: end.months }),
        phrase: {
          nl: 'gezinnen tot de eerste schooldag van het kind',
          en: "families until the child's first school day",
        },
      };
  }
}

function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? 'st'
      : n % 10 === 2 && n % 100 !== 12
        ? 'nd'
        : n % 10 === 3 && n % 100 !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix}`;
}

function ageRule(p: Programme, child: ChildFacts, today: DateTime): RuleResult {
  if (child === null || (child.born ? child.birthDate : child.dueDate) === '')
    return {
      rule: 'age',
      status: 'unknown',
      explanation: {
        nl: 'Vul de geboortedatum of de vermoedelijke bevallingsdatum in.',
        en: 'Fill in the date of birth or the expected due date.',
      },
    };
  if (!child.born) {
    const due = date(child.dueDate);
    const monthsBefore = Math.ceil(due.diff(today, 'months').months);
    if (due < today.minus({ days: 28 }))
      return {
        rule: 'age',
        status: 'unknown',
        explanation: {
          nl: 'Deze bevallingsdatum ligt meer dan vier weken voorbij. Is de baby geboren? Kies dan "Geboren" en vul de geboortedatum in.',
          en: 'This due date is more than four weeks past. Is the baby born? Choose "Born" and give the date of birth.',
        },
      };
    if (monthsBefore > 10)
      return {
        rule: 'age',
        status: 'not_met',
        explanation: {
          nl: 'Deze bevallingsdatum ligt meer dan 10 maanden verder. Controleer de datum.',
          en: 'This due date is more than 10 months away. Check the date.',
        },
      };
    const startsInPregnancy = p.ageWindow.fromMonths < 0;
    const dueText = {
      nl: due.setLocale('nl-BE').toLocaleString(DateTime.DATE_FULL),
      en: due.setLocale('en-GB').toLocaleString(DateTime.DATE_FULL),
    };
    if (startsInPregnancy && -monthsBefore >= p.ageWindow.fromMonths)
      return {
        rule: 'age',
        status: 'met',
        explanation: {
          nl: `De baby wordt verwacht op ${dueText.nl}: dit programma start al tijdens de zwangerschap.`,
          en: `The baby is expected on ${dueText.en}: this programme starts during pregnancy.`,
        },
      };
    return {
      rule: 'age',
      status: 'not_met',
      explanation: startsInPregnancy
        ? {
            nl: `De baby wordt verwacht op ${dueText.nl}: dit programma start pas ${-p.ageWindow.fromMonths} maanden voor de geboorte.`,
            en: `The baby is expected on ${dueText.en}: this programme starts only ${-p.ageWindow.fromMonths} months before the birth.`,
          }
        : {
            nl: `De baby wordt verwacht op ${dueText.nl}: dit programma start pas na de geboorte.`,
            en: `The baby is expected on ${dueText.en}: this programme starts only after the birth.`,
          },
    };
  }
  const birth = date(child.birthDate);
  if (birth > today)
    return {
      rule: 'age',
      status: 'unknown',
      explanation: {
        nl: 'De geboortedatum ligt in de toekomst. Bedoel je de vermoedelijke bevallingsdatum?',
        en: 'The date of birth is in the future. Do you mean the expected due date?',
      },
    };
  const months = Math.floor(today.diff(birth, 'months').months);
  const age = describeAge(months);
  const { end, phrase } = endOfWindow(p, birth);
  if (months < p.ageWindow.fromMonths)
    return {
      rule: 'age',
      status: 'not_met',
      explanation: {
        nl: `Het kind is ${age.nl}: dit programma start vanaf ${describeAge(p.ageWindow.fromMonths).nl}.`,
        en: `The child is ${age.en}: this programme starts at ${describeAge(p.ageWindow.fromMonths).en}.`,
      },
    };
  if (today >= end)
    return {
      rule: 'age',
      status: 'not_met',
      explanation: {
        nl: `Het kind is ${age.nl}: dit programma is voor ${phrase.nl}.`,
        en: `The child is ${age.en}: this programme is for ${phrase.en}.`,
      },
    };
  return {
    rule: 'age',
    status: 'met',
    explanation: {
      nl: `Het kind is ${age.nl}: dit programma is voor ${phrase.nl}.`,
      en: `The child is ${age.en}: this programme is for ${phrase.en}.`,
    },
  };
}

function regionRule(p: Programme, nis: string | null): RuleResult {
  if (nis === null)
    return {
      rule: 'region',
      status: 'unknown',
      explanation: {
        nl: 'Vul de postcode van het gezin in.',
        en: "Fill in the family's postal code.",
      },
    };
  const province: ProvinceCode | undefined = provinceOfNis(nis);
  const inRegion =
    p.region.municipalities.includes(nis) ||
    (province !== undefined && p.region.provinces.includes(province));
  return inRegion
    ? {
        rule: 'region',
        status: 'met',
        explanation: {
          nl: 'Het gezin woont in het werkgebied van dit programma.',
          en: "The family lives in this programme's area.",
        },
      }
    : {
        rule: 'region',
        status: 'not_met',
        explanation: {
          nl: 'Het gezin woont buiten het werkgebied van dit programma. Zoek op de sociale kaart naar aanbod in de buurt.',
          en: "The family lives outside this programme's area. Look on the social map for help nearby.",
        },
      };
}

function situationsRule(p: Programme, checked: readonly string[]): RuleResult {
  const items = p.situations.items;
  if (items.length === 0)
    return {
      rule: 'situations',
      status: 'met',
      explanation: {
        nl: 'Dit programma stelt geen voorwaarden aan de situatie.',
        en: 'This programme sets no conditions on the situation.',
      },
    };
  const hits = items.filter((i) => checked.includes(i.id));
  const met = p.situations.mode === 'any' ? hits.length > 0 : hits.length === items.length;
  if (met)
    return {
      rule: 'situations',
      status: 'met',
      explanation: {
        nl: `Van toepassing: ${hits.map((h) => h.label.nl).join('; ')}.`,
        en: `Applies: ${hits.map((h) => h.label.en).join('; ')}.`,
      },
    };
  return {
    rule: 'situations',
    status: checked.length === 0 ? 'unknown' : 'not_met',
    explanation:
      p.situations.mode === 'any'
        ? {
            nl: 'Minstens één van de situaties moet van toepassing zijn.',
            en: 'At least one of the situations must apply.',
          }
        : {
            nl: 'Alle situaties moeten van toepassing zijn.',
            en: 'All of the situations must apply.',
          },
  };
}

function conditionsRule(p: Programme, checked: readonly string[]): RuleResult {
  const missing = p.conditions.filter((c) => !checked.includes(c.id));
  if (missing.length === 0)
    return {
      rule: 'conditions',
      status: 'met',
      explanation: { nl: 'Aan de voorwaarden is voldaan.', en: 'The conditions are met.' },
    };
  return {
    rule: 'conditions',
    status: checked.length === 0 ? 'unknown' : 'not_met',
    explanation: {
      nl: `Nog niet bevestigd: ${missing.map((m) => m.label.nl).join('; ')}.`,
      en: `Not confirmed yet: ${missing.map((m) => m.label.en).join('; ')}.`,
    },
  };
}

export function evaluateEligibility(
  p: Programme,
  facts: EligibilityFacts,
  todayIso: string,
): Eligibility {
  const today = date(todayIso);
  const rules = [
    ageRule(p, facts.child, today),
    regionRule(p, facts.municipalityNis),
    situationsRule(p, facts.situations),
    conditionsRule(p, facts.conditions),
  ];
  const eligible = rules.some((r) => r.status === 'not_met')
    ? false
    : rules.every((r) => r.status === 'met')
      ? true
      : null;
  return { eligible, rules };
}

/**
 * The child's age as the social-map search asks it: whole months since the birth, or "pregnant"
 * before it; null when the date is missing or not a date.
 */
export function childAgeQuery(child: ChildFacts, todayIso: string): number | 'pregnant' | null {
  if (child === null) return null;
  if (!child.born) return child.dueDate === '' ? null : 'pregnant';
  const birth = date(child.birthDate);
  if (!birth.isValid) return null;
  const months = Math.floor(date(todayIso).diff(birth, 'months').months);
  return months < 0 ? null : months;
}
