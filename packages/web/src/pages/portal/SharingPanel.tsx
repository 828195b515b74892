/**
 * Who may see our file: the organisation that keeps it (not ours to stop here: the page says so
 * and says who to talk to), and each organisation it is shared with, on which legal basis, with
 * our agreement to give or withdraw. What withdrawing means is said before it is done.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalSharing } from '@omringd/core';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate } from '../../format.ts';

export function SharingPanel({ caseId, contact }: { caseId: string; contact: string | null }) {
  const { t, i18n } = useTranslation();
  const [sharing, setSharing] = useState<PortalSharing | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const abort = new AbortController();
    void getJson<PortalSharing>(`/api/v1/portal/cases/${caseId}/sharing`, abort.signal).then(
      (r) => {
        if (r.ok) setSharing(r.value);
        else if (r.error.code !== 'aborted') setError(r.error);
      },
    );
    return () => {
      abort.abort();
    };
  }, [caseId]);
  const change = (organizationId: string, name: string, agreement: 'given' | 'withdrawn') => {
    void sendJson<PortalSharing>(
      'PUT',
      `/api/v1/portal/cases/${caseId}/sharing/${organizationId}`,
      { agreement },
    ).then((r) => {
      if (!r.ok) {
        setError(r.error);
        return;
      }
      setError(null);
      setSharing(r.value);
      setStatus(t(agreement === 'withdrawn' ? 'portal.withdrawnNow' : 'portal.givenNow', { name }));
    });
  };
  return (
    <section aria-labelledby="portal-sharing" id="wie-mag-kijken">
      <h2 id="portal-sharing">{t('portal.sharingTitle')}</h2>
      <ErrorMessage error={error} />
      <p role="status" className="status">
        {status}
      </p>
      {sharing === null ? null : (
        <ul className="plain portal-shares">
          <li className="portal-card">
            <h3>{sharing.holder.name}</h3>
            <p>
              {t('portal.holderExplained', {
                name: sharing.holder.name,
                contact: contact ?? t('portal.yourContact'),
              })}
            </p>
          </li>
          {sharing.shares.map((share) => (
            <li key={share.organizationId} className="portal-card">
              <h3>{share.name}</h3>
              <p>{t('portal.sharePurpose')}</p>
              <p>
                {t('portal.legalBasis')}: {share.legalBasis}
              </p>
              <p>
                <strong>
                  {t(`portal.agreement.${share.agreement}`, {
                    date: formatDate(share.recordedAt.slice(0, 10), i18n.language),
                  })}
                </strong>
              </p>
              {share.agreement === 'given' ? (
                <ConfirmButton
                  question={t('portal.withdrawQuestion', { name: share.name })}
                  confirmLabel={t('portal.withdrawConfirm', { name: share.name })}
                  onConfirm={() => {
                    change(share.organizationId, share.name, 'withdrawn');
                  }}
                >
                  {t('portal.withdraw', { name: share.name })}
                </ConfirmButton>
              ) : (
                <button
                  type="button"
                  onClick={() => {
                    change(share.organizationId, share.name, 'given');
                  }}
                >
                  {t('portal.give', { name: share.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {sharing !== null && sharing.shares.length === 0 ? <p>{t('portal.noShares')}</p> : null}
    </section>
  );
}
