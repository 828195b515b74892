/**
 * Editing a service: the core's rules checked as you save, each message next to its field,
 * the first wrong field focused; nothing typed is lost on an error.
 */
import { serviceEditSchema } from '@omringd/core/service-edit';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';

type Form = {
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
type Loaded = Record<string, string | number | boolean | null> & { organizationName: string };
type Change = { at: string; by: string; field: string; from: string; to: string };

const textFields = ['alternateName', 'url', 'email', 'waitTime'] as const;
const longFields = [
  'description',
  'applicationProcess',
  'eligibilityDescription',
  'feesDescription',
] as const;

function toForm(s: Loaded): Form {
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

function toPayload(f: Form) {
  const months = (v: string) => (v.trim() === '' ? null : Number(v));
  return { ...f, ageMinMonths: months(f.ageMinMonths), ageMaxMonths: months(f.ageMaxMonths) };
}

export function EditServicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [form, setForm] = useState<Form | null>(null);
  const [organization, setOrganization] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [changes, setChanges] = useState<Change[]>([]);

  const loadChanges = async () => {
    const r = await getJson<Change[]>(`/api/v1/manage/services/${id}/changes`);
    if (r.ok) setChanges(r.value);
  };
  useEffect(() => {
    void getJson<Loaded>(`/api/v1/manage/services/${id}`).then((r) => {
      if (r.ok) {
        setForm(toForm(r.value));
        setOrganization(r.value.organizationName);
      } else setError(r.error);
    });
    void getJson<Change[]>(`/api/v1/manage/services/${id}/changes`).then((r) => {
      if (r.ok) setChanges(r.value);
    });
  }, [id]);

  if (form === null)
    return (
      <div>
        <ErrorMessage error={error} />
        {error === null ? <p role="status">{t('account.loading')}</p> : null}
      </div>
    );

  const set = (patch: Partial<Form>) => {
    setForm({ ...form, ...patch });
  };
  const messageFor = (field: string, code: string) =>
    t(`manage.invalid.${field}.${code}`, {
      defaultValue: t(`manage.invalid.${code}`, { defaultValue: t('manage.invalid.other') }),
    });

  return (
    <div className="edit-service">
      <p>
        <Link to="/beheer/diensten">{t('manage.back')}</Link>
      </p>
      <h1>{t('manage.editTitle', { name: form.name })}</h1>
      <p className="meta">{organization}</p>
      <ErrorMessage error={error} />
      <p role="status" className="status">
        {status}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setStatus('');
          const payload = toPayload(form);
          const checked = serviceEditSchema.safeParse(payload);
          if (!checked.success) {
            const found: Record<string, string> = {};
            for (const issue of checked.error.issues) {
              const field = String(issue.path[0] ?? 'form');
              found[field] ??= messageFor(field, issue.code);
            }
            setErrors(found);
            const first = Object.keys(found)[0];
            if (first !== undefined) document.getElementById(`service-${first}`)?.focus();
            return;
          }
          setErrors({});
          void sendJson<Loaded>('PUT', `/api/v1/manage/services/${id}`, payload).then(async (r) => {
            if (!r.ok) {
              setError(r.error);
              return;
            }
            setError(null);
            setForm(toForm(r.value));
            setStatus(t('manage.saved'));
            await loadChanges();
          });
        }}
      >
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
        <button type="submit" className="primary">
          {t('manage.save')}
        </button>
      </form>
      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">{t('manage.changesTitle')}</h2>
        {changes.length === 0 ? (
          <p>{t('manage.noChanges')}</p>
        ) : (
          <ul className="plain changes">
            {changes.map((c, i) => (
              <li key={`${c.at}-${c.field}-${String(i)}`}>
                {t('manage.change', {
                  when: new Date(c.at).toLocaleString('nl-BE', { timeZone: 'Europe/Brussels' }),
                  who: c.by,
                  field: t(`manage.fields.${c.field}`),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
