/**
 * Who of the family has access to the family portal: each member, whether they accepted the
 * invitation, and for a child of 12 or older the decision on record.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalAccounts } from '@omringd/core';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDateTime } from '../../format.ts';

export function PortalAccessList({ caseId, refreshKey }: { caseId: string; refreshKey: string }) {
  const { t, i18n } = useTranslation();
  const [accounts, setAccounts] = useState<PortalAccounts['accounts'] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void getJson<PortalAccounts>(`/api/v1/cases/${caseId}/parents`).then((r) => {
      if (r.ok) setAccounts(r.value.accounts);
      else setError(r.error);
    });
  }, [caseId, refreshKey]);
  if (error !== null) return <ErrorMessage error={error} />;
  if (accounts === null || accounts.length === 0) return null;
  return (
    <div>
      <h3>{t('portal.accessTitle')}</h3>
      <ul>
        {accounts.map((a) => (
          <li key={`${a.memberId ?? ''}:${a.email}`}>
            {a.name} ({a.email}) —{' '}
            {a.accepted ? t('portal.accessActive') : t('portal.accessWaiting')}
            {a.childView === null ? null : (
              <p className="hint">
                {t('portal.accessChild', {
                  reason: a.childView.reason,
                  by: a.childView.decidedBy,
                  date: formatDateTime(a.childView.decidedAt, i18n.language),
                })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
