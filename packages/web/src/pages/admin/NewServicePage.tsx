/** Adding a service to the social map of my region (network coordinator). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import {
  emptyForm,
  ServiceFields,
  toPayload,
  validateService,
  type Form,
} from '../../components/ServiceFields.tsx';
import { useSession } from '../../session/session.ts';

export function NewServicePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session } = useSession();
  const region =
    session.state === 'signed_in'
      ? [...new Set(session.memberships.flatMap((m) => m.regionProvinces))]
      : [];
  const [organizations, setOrganizations] = useState<{ id: string; name: string }[]>([]);
  const [organizationId, setOrganizationId] = useState('');
  const [provinces, setProvinces] = useState<string[]>([]);
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
      <ErrorMessage error={error} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = validateService(form, t);
          if (organizationId === '') found.organizationId = t('admin.invalid.organizationId');
          if (provinces.length === 0) found.areaProvinces = t('manage.invalid.areaProvinces');
          setErrors(found);
          if (Object.keys(found).length > 0) {
            if (found.organizationId !== undefined)
              document.getElementById('service-organizationId')?.focus();
            return;
          }
          void sendJson<{ id: string }>('POST', '/api/v1/manage/services', {
            organizationId,
            areaProvinces: provinces,
            service: toPayload(form),
          }).then(async (r) => {
            if (!r.ok) {
              setError(r.error);
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
        <fieldset
          aria-describedby={errors.areaProvinces ? 'service-areaProvinces-error' : undefined}
        >
          <legend>{t('manage.offeredIn')}</legend>
          {region.map((p) => (
            <label key={p} className="facet-option">
              <input
                type="checkbox"
                checked={provinces.includes(p)}
                onChange={(e) => {
                  setProvinces(
                    e.target.checked ? [...provinces, p] : provinces.filter((x) => x !== p),
                  );
                }}
              />{' '}
              {t(`provinces.${p}`)}
            </label>
          ))}
          {errors.areaProvinces ? (
            <p className="error" id="service-areaProvinces-error">
              {errors.areaProvinces}
            </p>
          ) : null}
        </fieldset>
        <ServiceFields
          form={form}
          errors={errors}
          set={(patch) => {
            setForm({ ...form, ...patch });
          }}
        />
        <button type="submit" className="primary">
          {t('manage.create')}
        </button>
      </form>
    </div>
  );
}
