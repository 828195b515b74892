/**
 * Who supports us: the family asks someone of its own circle (a grandmother, a neighbour) to
 * help. That person sees only the agreements they have a part in and the next care table they
 * are invited to; the panel says so before the family sends the invitation.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalSupporters } from '@omringd/core';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';

export function SupportersPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const url = `/api/v1/portal/cases/${caseId}/supporters`;
  const [people, setPeople] = useState<PortalSupporters['people'] | null>(null);
  const [who, setWho] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const load = useCallback(() => {
    void getJson<PortalSupporters>(url).then((r) => {
      if (r.ok) setPeople(r.value.people);
      else setError(r.error);
    });
  }, [url]);
  useEffect(load, [load]);
  if (people === null || people.length === 0) return null;
  const open = people.filter((p) => !p.invited);
  const chosen = open.some((p) => p.networkPersonId === who)
    ? who
    : (open[0]?.networkPersonId ?? '');
  return (
    <section aria-labelledby={`${id}-title`} id="wie-steunt-ons">
      <h2 id={`${id}-title`}>{t('portal.supporters.title')}</h2>
      <p>{t('portal.supporters.intro')}</p>
      <ul className="plain">
        {people.map((p) => (
          <li key={p.networkPersonId}>
            {p.name}
            {p.relation === '' ? '' : ` (${p.relation})`}
            {' — '}
            {p.invited ? t('portal.supporters.invited') : t('portal.supporters.notYet')}
            {p.invited ? (
              <>
                {' '}
                <ConfirmButton
                  question={t('portal.supporters.stopQuestion', { name: p.name })}
                  confirmLabel={t('portal.supporters.stopConfirm', { name: p.name })}
                  onConfirm={() => {
                    void sendJson<PortalSupporters>(
                      'DELETE',
                      `${url}/${encodeURIComponent(p.networkPersonId)}`,
                    ).then((r) => {
                      if (!r.ok) {
                        setError(r.error);
                        return;
                      }
                      setError(null);
                      setPeople(r.value.people);
                      setStatus(t('portal.supporters.stopped', { name: p.name }));
                    });
                  }}
                >
                  {t('portal.supporters.stop', { name: p.name })}
                </ConfirmButton>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {open.length === 0 ? null : (
        <form
          className="portal-card"
          onSubmit={(event) => {
            event.preventDefault();
            void sendJson<{ email: string }>('POST', url, {
              networkPersonId: chosen,
              email,
            }).then((r) => {
              if (!r.ok) {
                setError(r.error);
                return;
              }
              setError(null);
              setEmail('');
              setStatus(t('portal.supporters.sent', { email: r.value.email }));
              load();
            });
          }}
        >
          <ErrorMessage error={error} />
          <div className="field">
            <label htmlFor={`${id}-who`}>{t('portal.supporters.who')}</label>
            <select
              id={`${id}-who`}
              value={chosen}
              onChange={(e) => {
                setWho(e.target.value);
              }}
            >
              {open.map((p) => (
                <option key={p.networkPersonId} value={p.networkPersonId}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-email`}>{t('portal.supporters.email')}</label>
            <input
              id={`${id}-email`}
              type="email"
              autoComplete="off"
              required
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
              }}
            />
          </div>
          <p className="hint">{t('portal.supporters.whatTheySee')}</p>
          <button type="submit">{t('portal.supporters.send')}</button>
        </form>
      )}
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
