/**
 * The fields of a service as the management pages edit them, with the core's rules checked on
 * save: each message next to its field, the first wrong field focused, nothing typed lost.
 */
import { serviceEditSchema } from '@omringd/core/service-edit';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FormField } from './FormField.tsx';

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
};
export type Loaded = Record<string, string | number | boolean | null> & {
  organizationName: string;
};

const textFields = ['alternateName', 'url', 'email', 'waitTime'] as const;
const longFields = [
  'description',
  'applicationProcess',
  'eligibilityDescription',
  'feesDescription',
] as const;

export function toForm(s: Loaded): Form {
  const text = (k: string) => {
    const v = s[k];
    return v === null || v === undefined ? '' : String(v);
  };
  return {
    name: text('name'),
    alternateName: text('alternateName'),
    description: text('description'),
    url: text('url'),
    email: text('email'),
    applicationProcess: text('applicationProcess'),
    eligibilityDescription: text('eligibilityDescription'),
    feesDescription: text('feesDescription'),
    freeOfCharge: typeof s.freeOfCharge === 'boolean' ? s.freeOfCharge : null,
    waitTime: text('waitTime'),
    ageMinMonths: text('ageMinMonths'),
    ageMaxMonths: text('ageMaxMonths'),
    duringPregnancy: s.duringPregnancy === true,
    status: text('status'),
  };
}

export function toPayload(f: Form) {
  const months = (v: string) => (v.trim() === '' ? null : Number(v));
  return { ...f, ageMinMonths: months(f.ageMinMonths), ageMaxMonths: months(f.ageMaxMonths) };
}

export const emptyForm: Form = toForm({
  organizationName: '',
  status: 'active',
  duringPregnancy: false,
});

/** Messages per field when the form breaks a rule; empty when it may be saved. */
export function validateService(form: Form, t: TFunction): Record<string, string> {
  const checked = serviceEditSchema.safeParse(toPayload(form));
  if (checked.success) return {};
  const found: Record<string, string> = {};
  for (const issue of checked.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    found[field] ??= t(`manage.invalid.${field}.${issue.code}`, {
      defaultValue: t(`manage.invalid.${issue.code}`, { defaultValue: t('manage.invalid.other') }),
    });
  }
  const first = Object.keys(found)[0];
  if (first !== undefined) document.getElementById(`service-${first}`)?.focus();
  return found;
}

export function ServiceFields({
  form,
  errors,
  set,
}: {
  form: Form;
  errors: Record<string, string>;
  set: (patch: Partial<Form>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormField
        id="service-name"
        label={t('manage.fields.name')}
        required
        value={form.name}
        error={errors.name}
        onChange={(e) => {
          set({ name: e.target.value });
        }}
      />
      {longFields.map((field) => (
        <div className="field" key={field}>
          <label htmlFor={`service-${field}`}>{t(`manage.fields.${field}`)}</label>
          <textarea
            id={`service-${field}`}
            rows={field === 'description' ? 5 : 3}
            value={form[field]}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={errors[field] ? `service-${field}-error` : undefined}
            onChange={(e) => {
              set({ [field]: e.target.value });
            }}
          />
          {errors[field] ? (
            <p className="error" id={`service-${field}-error`}>
              {errors[field]}
            </p>
          ) : null}
        </div>
      ))}
      {textFields.map((field) => (
        <FormField
          key={field}
          id={`service-${field}`}
          label={t(`manage.fields.${field}`)}
          type={field === 'email' ? 'email' : field === 'url' ? 'url' : 'text'}
          value={form[field]}
          error={errors[field]}
          onChange={(e) => {
            set({ [field]: e.target.value });
          }}
        />
      ))}
      <FormField
        id="service-ageMinMonths"
        label={t('manage.fields.ageMinMonths')}
        hint={t('manage.ageHint')}
        inputMode="numeric"
        value={form.ageMinMonths}
        error={errors.ageMinMonths}
        onChange={(e) => {
          set({ ageMinMonths: e.target.value });
        }}
      />
      <FormField
        id="service-ageMaxMonths"
        label={t('manage.fields.ageMaxMonths')}
        inputMode="numeric"
        value={form.ageMaxMonths}
        error={errors.ageMaxMonths}
        onChange={(e) => {
          set({ ageMaxMonths: e.target.value });
        }}
      />
      <div className="field">
        <label className="facet-option">
          <input
            type="checkbox"
            checked={form.duringPregnancy}
            onChange={(e) => {
              set({ duringPregnancy: e.target.checked });
            }}
          />{' '}
          {t('manage.fields.duringPregnancy')}
        </label>
        <label className="facet-option">
          <input
            type="checkbox"
            checked={form.freeOfCharge === true}
            onChange={(e) => {
              set({ freeOfCharge: e.target.checked });
            }}
          />{' '}
          {t('manage.fields.freeOfCharge')}
        </label>
      </div>
      <div className="field">
        <label htmlFor="service-status">{t('manage.fields.status')}</label>
        <select
          id="service-status"
          value={form.status}
          onChange={(e) => {
            set({ status: e.target.value });
          }}
        >
          {['active', 'inactive', 'temporarily closed', 'defunct'].map((s) => (
            <option key={s} value={s}>
              {t(`manage.statuses.${s.replace(' ', '_')}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
