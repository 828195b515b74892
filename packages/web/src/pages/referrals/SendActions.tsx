/**
 * The end of the referral form: send it in Omringd, or — when no one in Omringd can receive it —
 * the service's own routes and a record of the one used, so the referral is never dropped and
 * the referrer is reminded to follow it up.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reach } from '@omringd/core/api';
import { sendJson, type ApiError, type Result } from '../../api.ts';
import { LimitedTextArea, LimitedInput } from '../../components/LimitedText.tsx';
import type { Referral } from './referralTypes.ts';

const hrefOf = (route: Reach['routes'][number]) => {
  switch (route.kind) {
    case 'phone':
      return `tel:${route.value.replace(/[^\d+]/g, '')}`;
    case 'email':
      return `mailto:${route.value}`;
    case 'website':
      return route.value;
    case 'other':
      return null;
  }
};

type Props = {
  reach: Reach | null;
  /** Saves the draft as it is now (storing it first if need be), then takes the step on it. */
  onStep: (step: (id: string) => Promise<Result<Referral>>) => void;
};

export function SendActions({ reach, onStep }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(0);
  const [other, setOther] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<ApiError | null>(null);
  if (reach === null || reach.receivable)
    return (
      <button
        type="button"
        className="primary"
        onClick={() => {
          onStep((id) => sendJson<Referral>('POST', `/api/v1/referrals/${id}/send`));
        }}
      >
        {t('referral.send')}
      </button>
    );
  const routes = reach.routes;
  const route = routes[chosen];
  const value = route === undefined ? other.trim() : route.value;
  return (
    <section aria-labelledby="reach-heading" className="reach-panel" id="reach">
      <h2 id="reach-heading">{t('reach.title')}</h2>
      <p>{t('reach.explain', { organisation: reach.organizationName })}</p>
      <fieldset>
        <legend>{t('reach.which')}</legend>
        {routes.map((r, index) => {
          const href = hrefOf(r);
          return (
            <div className="choice" key={`${r.kind}:${r.value}`}>
              <input
                type="radio"
                id={`route-${String(index)}`}
                name="route"
                checked={chosen === index}
                onChange={() => {
                  setChosen(index);
                }}
              />
              <label htmlFor={`route-${String(index)}`}>
                {t(`reach.kinds.${r.kind}`)}: {r.value}
                {r.label === '' ? null : <span className="hint"> ({r.label})</span>}
              </label>
              {href === null ? null : (
                <>
                  {' '}
                  <a
                    href={href}
                    target={r.kind === 'website' ? '_blank' : undefined}
                    rel="noreferrer"
                  >
                    {t(`reach.open.${r.kind}`)}
                  </a>
                </>
              )}
            </div>
          );
        })}
        <div className="choice">
          <input
            type="radio"
            id="route-own"
            name="route"
            checked={route === undefined}
            onChange={() => {
              setChosen(routes.length);
            }}
          />
          <label htmlFor="route-own">{t('reach.ownWay')}</label>
        </div>
        {route === undefined ? (
          <LimitedInput
            id="route-other"
            label={t('reach.ownWayLabel')}
            max={300}
            value={other}
            error={
              problem?.fields?.some((f) => f.field === 'value') === true
                ? t('reach.valueNeeded')
                : undefined
            }
            onText={setOther}
          />
        ) : null}
      </fieldset>
      <LimitedTextArea
        id="route-note"
        label={t('reach.note')}
        hint={t('reach.noteHint')}
        rows={2}
        max={2000}
        value={note}
        onText={setNote}
      />
      <button
        type="button"
        className="primary"
        onClick={() => {
          if (value === '') {
            setProblem({
              code: 'invalid_input',
              message: '',
              fields: [{ field: 'value', message: '' }],
            });
            document.getElementById('route-other')?.focus();
            return;
          }
          setProblem(null);
          onStep((id) =>
            sendJson<Referral>('POST', `/api/v1/referrals/${id}/external`, {
              kind: route?.kind ?? 'other',
              value,
              note,
            }),
          );
        }}
      >
        {t('reach.record')}
      </button>
    </section>
  );
}
