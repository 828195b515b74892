/**
 * A service as the management form holds it (text as typed, lists as chosen), and the payload the
 * server's rules check. Both the form and the server check it with the core's serviceEditSchema.
 */
import type { ManagedServiceView } from '@omringd/core/api';
import { serviceEditSchema } from '@omringd/core/service-edit';
import type { TFunction } from 'i18next';

export type Phone = { number: string; description: string };
export type Address = { street: string; postalCode: string; city: string };

export type Form = {
  name: string;
  alternateName: string;
  description: string;
  url: string;
  email: string;
  applicationProcess: string;
  eligibilityDescription: string;
  feesDescription: string;
  freeOfCharge: boolean | null;
  waitTime: string;
  ageMinMonths: string;
  ageMaxMonths: string;
  duringPregnancy: boolean;
  status: string;
  terms: string[];
  areaProvinces: string[];
  areaMunicipalities: string[];
  /** Names of the municipalities already chosen (the form keeps or removes them). */
  municipalityNames: Record<string, string>;
  servesFlanders: boolean;
  servesBeyondProvince: boolean;
  languages: string[];
  phones: Phone[];
  address: Address;
};
export type Loaded = ManagedServiceView & { organizationName: string };

const text = (v: string | number | null | undefined) =>
  v === null || v === undefined ? '' : String(v);

export function toForm(s: Loaded): Form {
  return {
    name: s.name,
    alternateName: text(s.alternateName),
    description: text(s.description),
    url: text(s.url),
    email: text(s.email),
    applicationProcess: text(s.applicationProcess),
    eligibilityDescription: text(s.eligibilityDescription),
    feesDescription: text(s.feesDescription),
    freeOfCharge: s.freeOfCharge,
    waitTime: text(s.waitTime),
    ageMinMonths: text(s.ageMinMonths),
    ageMaxMonths: text(s.ageMaxMonths),
    duringPregnancy: s.duringPregnancy,
    status: s.status,
    terms: [...s.terms],
    areaProvinces: [...s.areaProvinces],
    areaMunicipalities: [...s.areaMunicipalities],
    municipalityNames: { ...s.municipalityNames },
    servesFlanders: s.servesFlanders,
    servesBeyondProvince: s.servesBeyondProvince,
    languages: [...s.languages],
    phones: s.phones.map((p) => ({ number: p.number, description: text(p.description) })),
    address: s.address ?? { street: '', postalCode: '', city: '' },
  };
}

export const emptyForm: Form = {
  name: '',
  alternateName: '',
  description: '',
  url: '',
  email: '',
  applicationProcess: '',
  eligibilityDescription: '',
  feesDescription: '',
  freeOfCharge: null,
  waitTime: '',
  ageMinMonths: '',
  ageMaxMonths: '',
  duringPregnancy: false,
  status: 'active',
  terms: [],
  areaProvinces: [],
  areaMunicipalities: [],
  municipalityNames: {},
  servesFlanders: false,
  servesBeyondProvince: false,
  languages: ['nl'],
  phones: [],
  address: { street: '', postalCode: '', city: '' },
};

export function toPayload(f: Form) {
  const months = (v: string) => (v.trim() === '' ? null : Number(v));
  const { address, phones } = f;
  const hasAddress = [address.street, address.postalCode, address.city].some(
    (v) => v.trim() !== '',
  );
  // municipalityNames travels along; the server's schema drops what it does not edit.
  return {
    ...f,
    ageMinMonths: months(f.ageMinMonths),
    ageMaxMonths: months(f.ageMaxMonths),
    // A row left empty is no phone; an address with nothing filled in is no address.
    phones: phones.filter((p) => p.number.trim() !== '' || p.description.trim() !== ''),
    address: hasAddress ? address : null,
  };
}

/** Messages per field when the form breaks a rule; empty when it may be saved. */
export function validateService(form: Form, t: TFunction): Record<string, string> {
  const checked = serviceEditSchema.safeParse(toPayload(form));
  if (checked.success) return {};
  const found: Record<string, string> = {};
  for (const issue of checked.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    const part = issue.path[2] ?? issue.path[1];
    const key = typeof part === 'string' ? `${field}.${part}` : field;
    found[field] ??= t(`manage.invalid.${key}.${issue.code}`, {
      defaultValue: t(`manage.invalid.${field}.${issue.code}`, {
        defaultValue: t(`manage.invalid.${issue.code}`, {
          defaultValue: t('manage.invalid.other'),
        }),
      }),
    });
  }
  return found;
}

/** The element a field's message is fixed in; the places (provinces, municipalities) share one. */
function targetOf(field: string): string {
  const place = /^(area|serves)/.test(field) ? 'areaProvinces' : field;
  return `service-${place}`;
}

/** The messages as the error summary at the top of the form lists them, each to its field. */
export function summaryOf(errors: Record<string, string>): { message: string; target: string }[] {
  return Object.entries(errors).map(([field, message]) => ({ message, target: targetOf(field) }));
}

/**
 * A refusal by the server (a postal code that does not exist, a province outside the region)
 * shown at its field, in the reader's language where we know it, and that field focused.
 */
export function serverFieldErrors(
  error: { code: string; fields?: { field: string; message: string }[] },
  t: TFunction,
): Record<string, string> {
  const found: Record<string, string> = {};
  for (const { field, message } of error.fields ?? []) {
    const top = field.split('.')[0] ?? field;
    found[top] ??= t(`manage.server.${top}.${error.code}`, { defaultValue: message });
  }
  return found;
}
