/**
 * The fields of a service as the management pages edit them, with the core's rules checked on
 * save: each message next to its field, the first wrong field focused, nothing typed lost.
 */
import { useTranslation } from 'react-i18next';
import { FormField } from './FormField.tsx';
import { ServiceContactFields } from './ServiceContactFields.tsx';
import { ServiceReachFields } from './ServiceReachFields.tsx';
import type { Form } from './serviceForm.ts';

const textFields = ['alternateName', 'url', 'email', 'waitTime'] as const;
const longFields = [
  'description',
  'applicationProcess',
  'eligibilityDescription',
  'feesDescription',
] as const;

export function ServiceFields({
  form,
  errors,
  set,
  region,
}: {
  form: Form;
  errors: Record<string, string>;
  set: (patch: Partial<Form>) => void;
  region: readonly string[];
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
      <ServiceContactFields form={form} errors={errors} set={set} />
      <ServiceReachFields form={form} errors={errors} set={set} region={region} />
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
