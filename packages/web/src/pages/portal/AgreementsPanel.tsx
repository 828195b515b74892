/**
 * The agreements made at the care table, each with our answer: we agree or we do not, and what
 * we want to say about it. The professionals see the answer as ours, with when we gave it.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementAnswer, PortalPlan } from '@omringd/core';
import { sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';

type Item = PortalPlan['agreements'][number];

function AgreementAnswerForm({ caseId, item }: { caseId: string; item: Item }) {
  const { t } = useTranslation();
  const id = useId();
  const [agreed, setAgreed] = useState<boolean | null>(item.answer?.agreed ?? null);
  const [comment, setComment] = useState(item.answer?.comment ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  return (
    <li className="portal-card">
      <form
        aria-labelledby={`${id}-text`}
        onSubmit={(event) => {
          event.preventDefault();
          if (agreed === null) {
            setError({ code: 'answer_missing', message: t('portal.agreementChoose') });
            return;
          }
          const body: AgreementAnswer = { agreed, comment };
          void sendJson(
            'PUT',
            `/api/v1/portal/cases/${caseId}/care-tables/${item.meetingId}/agreements/${item.agreementId}`,
            body,
          ).then((r) => {
            if (!r.ok) {
              setError(r.error);
              return;
            }
            setError(null);
            setStatus(t('portal.agreementSaved'));
          });
        }}
      >
        <h3 id={`${id}-text`}>{item.text}</h3>
        <ErrorMessage error={error} />
        <fieldset>
          <legend>{t('portal.agreementQuestion')}</legend>
          {[true, false].map((value) => (
            <label key={String(value)} className="choice">
              <input
                type="radio"
                name={`${id}-agreed`}
                checked={agreed === value}
                onChange={() => {
                  setAgreed(value);
                }}
              />{' '}
              {t(value ? 'portal.agreeYes' : 'portal.agreeNo')}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-comment`}>{t('portal.agreementComment')}</label>
          <textarea
            id={`${id}-comment`}
            rows={2}
            maxLength={1000}
            value={comment}
            onChange={(e) => {
              setComment(e.target.value);
            }}
          />
        </div>
        <button type="submit">{t('portal.agreementSave')}</button>
        <p role="status" className="status">
          {status}
        </p>
      </form>
    </li>
  );
}

export function AgreementsPanel({ caseId, items }: { caseId: string; items: Item[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="portal-agreements" id="afspraken">
      <h2 id="portal-agreements">{t('portal.agreementsTitle')}</h2>
      <p>{t('portal.agreementsIntro')}</p>
      <ul className="plain">
        {items.map((item) => (
          <AgreementAnswerForm
            key={`${item.meetingId}:${item.agreementId}`}
            caseId={caseId}
            item={item}
          />
        ))}
      </ul>
    </section>
  );
}
