/**
 * Signals from this case: a structural problem seen in the family's situation, recorded with its
 * kind and a short text without names, and carried to the network and policy as a count.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signalCategories, type SignalCategory, type SignalView } from '@omringd/core';
import { getJson, ignoreAbort, sendJson, type ApiError } from '../../../api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatDate } from '../../../format.ts';

export function SignalsPanel({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const url = `/api/v1/cases/${caseId}/signals`;
  const [signals, setSignals] = useState<SignalView[] | null>(null);
  const [category, setCategory] = useState<SignalCategory>('housing');
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const abort = new AbortController();
    void getJson<SignalView[]>(url, abort.signal)
      .then((answer) => {
        if (answer.ok) setSignals(answer.value);
        else setError(answer.error);
      })
      .catch(ignoreAbort);
    return () => {
      abort.abort();
    };
  }, [url]);
  const submit = async () => {
    const answer = await sendJson<SignalView[]>('POST', url, { category, text });
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setText('');
    setSignals(answer.value);
    setStatus(t('signals.done'));
  };
  return (
    <section id="signalen" aria-labelledby={`${id}-h`} className="case-part">
      <h2 id={`${id}-h`}>{t('signals.title')}</h2>
      <p className="hint">{t('signals.hint')}</p>
      <p role="status" className="status">
        {status}
      </p>
      {signals === null ? null : signals.length === 0 ? (
        <p>{t('signals.none')}</p>
      ) : (
        <ul>
          {signals.map((s) => (
            <li key={s.id}>
              <strong>
                {t('signals.item', {
                  category: t(`signals.categories.${s.category}`),
                  date: formatDate(s.recordedOn, i18n.language),
                })}
              </strong>
              : {s.text}
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('signals.category')}</label>
          <select
            id={`${id}-category`}
            value={category}
            onChange={(e) => {
              setCategory(e.target.value as SignalCategory);
            }}
          >
            {signalCategories.map((c) => (
              <option key={c} value={c}>
                {t(`signals.categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('signals.text')}</label>
          <p className="hint" id={`${id}-text-hint`}>
            {t('signals.textHint')}
          </p>
          <textarea
            id={`${id}-text`}
            aria-describedby={`${id}-text-hint`}
            required
            minLength={10}
            maxLength={500}
            rows={2}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
        </div>
        <ErrorMessage error={error} />
        <button type="submit">{t('signals.submit')}</button>
      </form>
    </section>
  );
}
