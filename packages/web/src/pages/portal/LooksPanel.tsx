/**
 * Who looked at our file: from the trail, in plain words — who, as what, from which organisation,
 * what they did and when; an emergency look with the reason they gave. Loaded when the family
 * opens it: reading it is itself on the trail.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalLook } from '@omringd/core';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDateTime } from '../../format.ts';

const knownActions = new Set([
  'read',
  'update',
  'create',
  'print',
  'export',
  'break_glass',
  'read_audit',
]);

export function LooksPanel({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const [looks, setLooks] = useState<PortalLook[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const describe = (look: PortalLook) =>
    t(`portal.looked.${knownActions.has(look.what) ? look.what : 'other'}`, {
      part: look.part === null ? '' : t(`portal.parts.${look.part}`, { defaultValue: '' }),
    });
  return (
    <section aria-labelledby="portal-looks" id="wie-keek">
      <h2 id="portal-looks">{t('portal.looksTitle')}</h2>
      <p>{t('portal.looksIntro')}</p>
      <ErrorMessage error={error} />
      {looks === null ? (
        <button
          type="button"
          onClick={() => {
            void getJson<{ looks: PortalLook[] }>(`/api/v1/portal/cases/${caseId}/looks`).then(
              (r) => {
                if (r.ok) setLooks(r.value.looks);
                else setError(r.error);
              },
            );
          }}
        >
          {t('portal.showLooks')}
        </button>
      ) : looks.length === 0 ? (
        <p>{t('portal.noLooks')}</p>
      ) : (
        <ul className="plain portal-looks">
          {looks.map((look, index) => (
            <li
              key={`${look.at}-${String(index)}`}
              className={
                look.what === 'break_glass' ? 'portal-card portal-emergency' : 'portal-card'
              }
            >
              <p>
                <strong>{look.who ?? t('portal.someone')}</strong>
                {look.role === null
                  ? null
                  : `, ${t(`roles.${look.role}`, { defaultValue: look.role })}`}
                {look.organization === null ? null : ` — ${look.organization}`}
              </p>
              <p>{describe(look)}</p>
              {look.reason === null ? null : (
                <p>
                  {t('portal.emergencyReason')}: <q>{look.reason}</q>
                </p>
              )}
              <p className="hint">{formatDateTime(look.at, i18n.language)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
