/**
 * The steps a side may take on a referral after the first decision, read from the lifecycle table
 * in the core: the contact person starts the work, pauses it, completes it or records that it
 * failed (with a reason); the referrer may withdraw a referral not yet taken up.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { transitions, type ReferralActor, type ReferralStatus } from '@omringd/core/lifecycle';

type Props = {
  status: string;
  sides: ReferralActor[];
  onStep: (to: ReferralStatus, reason: string | null, note: string) => void;
};

export function NextStepsPanel({ status, sides, onStep }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [missingReason, setMissingReason] = useState<string | null>(null);
  const steps = transitions.filter(
    (step) =>
      step.from === status &&
      step.from !== 'draft' &&
      // Accepting or declining a new referral has its own section.
      !(step.from === 'requested' && step.by.includes('receiver')) &&
      step.by.some((side) => sides.includes(side)),
  );
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('steps.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('steps.note')}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
          }}
        />
      </div>
      {steps.map((step) => (
        <div key={step.to} className="step">
          {step.reasons === null ? null : (
            <div className="field">
              <label htmlFor={`${id}-${step.to}`}>
                {t('steps.reasonFor', { status: t(`referral.statuses.${step.to}`) })}
              </label>
              <select
                id={`${id}-${step.to}`}
                aria-invalid={missingReason === step.to ? true : undefined}
                aria-describedby={missingReason === step.to ? `${id}-${step.to}-error` : undefined}
                value={reasons[step.to] ?? ''}
                onChange={(e) => {
                  setReasons({ ...reasons, [step.to]: e.target.value });
                  setMissingReason(null);
                }}
              >
                <option value="">{t('referral.chooseReason')}</option>
                {step.reasons.map((r) => (
                  <option key={r} value={r}>
                    {t(`referral.reasons.${r}`)}
                  </option>
                ))}
              </select>
              {missingReason === step.to ? (
                <p className="error" role="alert" id={`${id}-${step.to}-error`}>
                  {t('steps.chooseReasonFirst')}
                </p>
              ) : null}
            </div>
          )}
          <button
            type="button"
            onClick={() => {
              const reason = reasons[step.to] ?? '';
              // The lifecycle asks a reason for this step: say so here, before asking the server.
              if (step.reasons !== null && reason === '') {
                setMissingReason(step.to);
                return;
              }
              onStep(step.to, reason === '' ? null : reason, note);
            }}
          >
            {t(`steps.to.${step.to}`)}
          </button>
        </div>
      ))}
    </section>
  );
}
