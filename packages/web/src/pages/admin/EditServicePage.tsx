/**
 * Editing a service: the core's rules checked as you save, each message next to its field,
 * the first wrong field focused; nothing typed is lost on an error.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ServiceFields } from '../../components/ServiceFields.tsx';
import {
  toForm,
  toPayload,
  serverFieldErrors,
  summaryOf,
  validateService,
  type Form,
  type Loaded,
} from '../../components/serviceForm.ts';
import { useRegion } from '../../session/useRegion.ts';

import type { ServiceChange as Change } from '@omringd/core/api';
import { CapacityPanel } from './CapacityPanel.tsx';

export function EditServicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const region = useRegion();
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

  return (
    <div className="edit-service">
      <p>
        <Link to="/beheer/diensten">{t('manage.back')}</Link>
      </p>
      <h1>{t('manage.editTitle', { name: form.name })}</h1>
      <p className="meta">{organization}</p>
      <ErrorSummary items={summaryOf(errors)} />
      {error?.fields === undefined ? <ErrorMessage error={error} /> : null}
      <p role="status" className="status">
        {status}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setStatus('');
          const found = validateService(form, t);
          setErrors(found);
          if (Object.keys(found).length > 0) return;
          void sendJson<Loaded>('PUT', `/api/v1/manage/services/${id}`, toPayload(form)).then(
            async (r) => {
              if (!r.ok) {
                setError(r.error);
                setErrors(serverFieldErrors(r.error, t));
                return;
              }
              setError(null);
              setForm(toForm(r.value));
              setStatus(t('manage.saved'));
              await loadChanges();
            },
          );
        }}
      >
        <ServiceFields form={form} errors={errors} set={set} region={region} />
        <button type="submit" className="primary">
          {t('manage.save')}
        </button>
      </form>
      <CapacityPanel serviceId={id} onSaved={() => void loadChanges()} />
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
