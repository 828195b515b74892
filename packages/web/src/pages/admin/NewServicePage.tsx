/** Adding a service to the social map of my region (network coordinator). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ServiceFields } from '../../components/ServiceFields.tsx';
import {
  emptyForm,
  toPayload,
  serverFieldErrors,
  summaryOf,
  validateService,
  type Form,
} from '../../components/serviceForm.ts';
import { useRegion } from '../../session/useRegion.ts';

export function NewServicePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const region = useRegion();
  const [organizations, setOrganizations] = useState<{ id: string; name: string }[]>([]);
  const [organizationId, setOrganizationId] = useState('');
  const [form, setForm] = useState<Form>(emptyForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    void getJson<{ id: string; name: string }[]>('/api/v1/manage/organizations').then((r) => {
      if (r.ok) setOrganizations(r.value);
      else setError(r.error);
    });
  }, []);

  return (
    <div className="edit-service">
      <p>
        <Link to="/beheer/diensten">{t('manage.back')}</Link>
      </p>
      <h1>{t('manage.newTitle')}</h1>
      <ErrorSummary items={summaryOf(errors)} />
      {error?.fields === undefined ? <ErrorMessage error={error} /> : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // In the order of the form: the organisation comes first.
          const found = {
            ...(organizationId === '' ? { organizationId: t('admin.invalid.organizationId') } : {}),
            ...validateService(form, t),
          };
          setErrors(found);
          if (Object.keys(found).length > 0) return;
          void sendJson<{ id: string }>('POST', '/api/v1/manage/services', {
            organizationId,
            service: toPayload(form),
          }).then(async (r) => {
            if (!r.ok) {
              setError(r.error);
              setErrors(serverFieldErrors(r.error, t));
              return;
            }
            await navigate(`/beheer/diensten/${r.value.id}`);
          });
        }}
      >
        <div className="field">
          <label htmlFor="service-organizationId">{t('admin.organization')}</label>
          <select
            id="service-organizationId"
            value={organizationId}
            aria-invalid={errors.organizationId ? true : undefined}
            aria-describedby={errors.organizationId ? 'service-organizationId-error' : undefined}
            onChange={(e) => {
              setOrganizationId(e.target.value);
            }}
          >
            <option value="">{t('admin.chooseOrganization')}</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          {errors.organizationId ? (
            <p className="error" id="service-organizationId-error">
              {errors.organizationId}
            </p>
          ) : null}
        </div>
        <ServiceFields
          form={form}
          errors={errors}
          set={(patch) => {
            setForm({ ...form, ...patch });
          }}
          region={region}
        />
        <button type="submit" className="primary">
          {t('manage.create')}
        </button>
      </form>
    </div>
  );
}
