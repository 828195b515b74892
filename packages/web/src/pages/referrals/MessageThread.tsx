/**
 * The messages between the referrer and the receiving service: a thread, oldest first, each with
 * who, which side and when; a new message is added, never put in the place of the last one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { LimitedTextArea } from '../../components/LimitedText.tsx';
import { formatDateTime } from '../../format.ts';
import type { Referral } from './referralTypes.ts';

const MAX = 5000;

export function MessageThread({
  referral,
  onChange,
}: {
  referral: Referral;
  onChange: (next: Referral) => void;
}) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const canWrite = referral.status !== 'draft';
  return (
    <section aria-labelledby="messages-heading" className="messages">
      <h2 id="messages-heading">{t('referral.messages.title')}</h2>
      {referral.messages.length === 0 ? (
        <p>{t('referral.messages.none')}</p>
      ) : (
        <ol className="plain thread">
          {referral.messages.map((m, i) => (
            <li key={`${m.at}-${String(i)}`} className={`message message-${m.side}`}>
              <p className="meta">
                {t('referral.messages.byLine', {
                  by: m.by,
                  side: t(`referral.messages.sides.${m.side}`),
                  when: formatDateTime(m.at, i18n.language),
                })}
              </p>
              <p className="message-text">{m.text}</p>
            </li>
          ))}
        </ol>
      )}
      {canWrite ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setStatus('');
            if (text.trim() === '') {
              setFieldError(t('referral.messages.empty'));
              document.getElementById('message-text')?.focus();
              return;
            }
            if (text.length > MAX) {
              document.getElementById('message-text')?.focus();
              return;
            }
            setFieldError(undefined);
            void sendJson<Referral>('POST', `/api/v1/referrals/${referral.id}/messages`, {
              text,
            }).then((r) => {
              if (!r.ok) {
                // What was typed stays in the field.
                setError(r.error);
                return;
              }
              setError(null);
              setText('');
              setStatus(t('referral.messages.sent'));
              onChange(r.value);
            });
          }}
        >
          <LimitedTextArea
            id="message-text"
            label={t('referral.messages.write')}
            rows={3}
            max={MAX}
            value={text}
            error={fieldError}
            onText={(next) => {
              setText(next);
              if (next.trim() !== '') setFieldError(undefined);
            }}
          />
          <ErrorMessage error={error} />
          <p role="status" className="status">
            {status}
          </p>
          <button type="submit">{t('referral.messages.send')}</button>
        </form>
      ) : null}
    </section>
  );
}
