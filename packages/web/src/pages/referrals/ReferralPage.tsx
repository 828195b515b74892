/** One referral: what the referrer sees, and for the receiving coordinator the decisions. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { Referral } from './referralTypes.ts';
import { ReferralSummary } from './ReferralSummary.tsx';
import { AttachmentsPanel } from './AttachmentsPanel.tsx';
import { ReferralDetails } from './ReferralDetails.tsx';
import { familyName } from './MyReferralsPage.tsx';
import { NextStepsPanel } from './NextStepsPanel.tsx';
import { CareTablePanel } from './CareTablePanel.tsx';
import { MessageThread } from './MessageThread.tsx';
import { SentConfirmation } from './SentConfirmation.tsx';

const rejectReasons = ['redirected_to_regular_help', 'not_eligible', 'no_capacity', 'duplicate'];

export function ReferralPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const justSent = search.get('verstuurd') === '1';
  const [referral, setReferral] = useState<Referral | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [feedback, setFeedback] = useState('');
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    void getJson<Referral>(`/api/v1/referrals/${id}`).then((r) => {
      if (r.ok) setReferral(r.value);
      else setError(r.error);
    });
  }, [id]);
  if (referral === null)
    return error === null ? (
      <p role="status">{t('account.loading')}</p>
    ) : (
      <ErrorMessage error={error} />
    );
  const isReceiver = referral.viewerSides.includes('receiver');
  const decide = (to: string, withReason: string | null, note = feedback) => {
    void sendJson<Referral>('POST', `/api/v1/referrals/${id}/status`, {
      to,
      reason: withReason,
      ...(note === '' ? {} : { feedback: note }),
    }).then((r) => {
      if (!r.ok) setError(r.error);
      else {
        setError(null);
        setReferral(r.value);
        setStatus(t(`referral.done.${to}`, { defaultValue: t('manage.saved') }));
      }
    });
  };
  return (
    <div>
      <h1>{t('referral.detailTitle', { name: familyName(referral, t('referral.unnamed')) })}</h1>
      {justSent && referral.sentAt !== null ? <SentConfirmation referral={referral} /> : null}
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage error={error} />
      <ReferralSummary referral={referral} />
      {isReceiver && referral.caseId !== null ? (
        <p>
          <Link to={`/dossiers/${referral.caseId}`}>{t('caseFile.open')}</Link>
        </p>
      ) : null}
      <AttachmentsPanel referralId={referral.id} canAdd={false} />
      <ReferralDetails referral={referral} />
      {isReceiver && referral.status === 'requested' ? (
        <section aria-labelledby="decide-heading">
          <h2 id="decide-heading">{t('referral.decide')}</h2>
          <div className="field">
            <label htmlFor="feedback">{t('referral.feedbackToReferrer')}</label>
            <textarea
              id="feedback"
              rows={3}
              value={feedback}
              onChange={(e) => {
                setFeedback(e.target.value);
              }}
            />
          </div>
          <button
            type="button"
            className="primary"
            onClick={() => {
              decide('accepted', null);
            }}
          >
            {t('referral.accept')}
          </button>
          <div className="field">
            <label htmlFor="reject-reason">{t('referral.rejectReason')}</label>
            <select
              id="reject-reason"
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
              }}
            >
              <option value="">{t('referral.chooseReason')}</option>
              {rejectReasons.map((r) => (
                <option key={r} value={r}>
                  {t(`referral.reasons.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            onClick={() => {
              decide('rejected', reason === '' ? null : reason);
            }}
          >
            {t('referral.reject')}
          </button>
        </section>
      ) : null}
      {referral.careTable === null ? null : (
        <CareTablePanel
          careTable={referral.careTable}
          caseId={referral.caseId}
          canRecord={
            isReceiver && (referral.status === 'accepted' || referral.status === 'in-progress')
          }
          onRecord={(moment) => {
            void sendJson<Referral>('POST', `/api/v1/referrals/${id}/care-table`, { moment }).then(
              (r) => {
                if (!r.ok) setError(r.error);
                else {
                  setError(null);
                  setReferral(r.value);
                  setStatus(t(`careTable.done.${moment}`));
                }
              },
            );
          }}
        />
      )}
      <MessageThread referral={referral} onChange={setReferral} />
      <NextStepsPanel
        status={referral.status}
        sides={referral.viewerSides}
        onStep={(to, withReason, note) => {
          decide(to, withReason, note);
        }}
      />
    </div>
  );
}
