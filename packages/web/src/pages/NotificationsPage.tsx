/** My notices: what changed on my referrals and cases, newest first, each marked read when handled. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getJson, sendJson, type ApiError } from '../api.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { formatDateTime } from '../format.ts';
import { NOTICES_CHANGED, type Notice } from '../notices.ts';

const knownKinds = new Set([
  'referral_received',
  'referral_status',
  'referral_message',
  'referral_deadline_near',
  'referral_overdue',
  'external_follow_up',
  'case_handover',
  'break_glass',
  'case_duration_warning',
  'case_duration_reached',
  'birth_recorded',
  'evaluation_due',
  'evaluation_overdue',
  'plan_action_overdue',
  'family_agreement_changed',
  'family_message',
  'contact_message',
  'visit_requested',
  'visit_decided',
  'visit_reminder',
]);

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const [notices, setNotices] = useState<Notice[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void getJson<Notice[]>('/api/v1/notifications').then((r) => {
      if (r.ok) setNotices(r.value);
      else setError(r.error);
    });
  }, []);

  const markRead = (id: string) => {
    void sendJson('POST', `/api/v1/notifications/${id}/read`).then((r) => {
      if (!r.ok) {
        setError(r.error);
        return;
      }
      setNotices((list) => list?.map((n) => (n.id === id ? { ...n, read: true } : n)) ?? null);
      window.dispatchEvent(new Event(NOTICES_CHANGED));
    });
  };

  return (
    <div>
      <h1>{t('notices.title')}</h1>
      <ErrorMessage error={error} />
      {notices === null ? (
        error === null ? (
          <p role="status">{t('account.loading')}</p>
        ) : null
      ) : notices.length === 0 ? (
        <p>{t('notices.none')}</p>
      ) : (
        <ul className="plain notice-list">
          {notices.map((notice) => {
            const kind = knownKinds.has(notice.kind) ? notice.kind : 'other';
            const referralId = text(notice.params.referralId);
            const status = text(notice.params.status);
            const startsAt = text(notice.params.startsAt);
            return (
              <li key={notice.id} className={notice.read ? 'notice' : 'notice notice-unread'}>
                <p>
                  {notice.read ? null : <strong>{t('notices.new')} </strong>}
                  {t(`notices.kinds.${kind}`, {
                    status: status === '' ? '' : t(`referral.statuses.${status}`),
                    deadline: text(notice.params.deadline),
                    by: text(notice.params.by),
                    from: text(notice.params.from),
                    to: text(notice.params.to),
                    reason: text(notice.params.reason),
                    organization: text(notice.params.organization),
                    moment: startsAt === '' ? '' : formatDateTime(startsAt, i18n.language),
                    // A notice with two forms (agreement given or withdrawn) names its form.
                    context: text(notice.params.agreement) || undefined,
                  })}
                </p>
                <p className="hint">
                  {formatDateTime(notice.createdAt, i18n.language)}
                  {referralId === '' ? null : (
                    <>
                      {' · '}
                      <Link to={`/aanmeldingen/${referralId}`}>{t('notices.openReferral')}</Link>
                    </>
                  )}
                </p>
                {notice.read ? null : (
                  <button
                    type="button"
                    onClick={() => {
                      markRead(notice.id);
                    }}
                  >
                    {t('notices.markRead')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
