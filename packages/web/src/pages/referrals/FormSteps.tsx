/**
 * The referral form in steps: where you are ("Stap 2 van 4"), the steps as links, and going back
 * and on. The step is in the address (?stap=zorg), so the browser's back button and a reload work.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { referralSteps, type ReferralStep } from './fieldTarget.ts';

export function StepHeading({
  step,
  onGo,
}: {
  step: ReferralStep;
  onGo: (s: ReferralStep) => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const index = referralSteps.indexOf(step);
  useEffect(() => {
    // On a new step the focus starts at its name, as on a new page (not on the first load).
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);
  return (
    <nav aria-label={t('formSteps.navLabel')} className="form-steps">
      <ol>
        {referralSteps.map((s, i) => (
          <li key={s}>
            {s === step ? (
              <span aria-current="step">
                {String(i + 1)}. {t(`formSteps.names.${s}`)}
              </span>
            ) : (
              <a
                href={`?stap=${s}`}
                onClick={(event) => {
                  event.preventDefault();
                  onGo(s);
                }}
              >
                {String(i + 1)}. {t(`formSteps.names.${s}`)}
              </a>
            )}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1} className="step-heading">
        {t('formSteps.of', { n: index + 1, total: referralSteps.length })}:{' '}
        {t(`formSteps.names.${step}`)}
      </h2>
    </nav>
  );
}

export function StepButtons({
  step,
  onGo,
}: {
  step: ReferralStep;
  onGo: (s: ReferralStep) => void;
}) {
  const { t } = useTranslation();
  const index = referralSteps.indexOf(step);
  const previous = referralSteps[index - 1];
  const next = referralSteps[index + 1];
  return (
    <div className="actions step-buttons">
      {previous === undefined ? null : (
        <button
          type="button"
          onClick={() => {
            onGo(previous);
          }}
        >
          {t('formSteps.previous', { name: t(`formSteps.names.${previous}`) })}
        </button>
      )}
      {next === undefined ? null : (
        <button
          type="button"
          className="primary"
          onClick={() => {
            onGo(next);
          }}
        >
          {t('formSteps.next', { name: t(`formSteps.names.${next}`) })}
        </button>
      )}
    </div>
  );
}
