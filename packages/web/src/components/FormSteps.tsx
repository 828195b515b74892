/**
 * A long form in steps: where you are ("Stap 2 van 4"), the steps as links, and going back and
 * on. The step is in the address (?stap=zorg), so the browser's back button and a reload work.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

type StepsProps<S extends string> = {
  steps: readonly S[];
  step: S;
  /** The step's name, in the reader's language. */
  nameOf: (s: S) => string;
  onGo: (s: S) => void;
};

/** The step in the address (?stap=…); the first when none or an unknown one is asked. */
export function useStep<S extends string>(steps: readonly [S, ...S[]]) {
  const [search, setSearch] = useSearchParams();
  const asked = search.get('stap');
  const step = steps.find((s) => s === asked) ?? steps[0];
  const go = (next: S) => {
    setSearch((current) => {
      current.set('stap', next);
      return current;
    });
    window.scrollTo(0, 0);
  };
  return [step, go] as const;
}

export function StepHeading<S extends string>({
  steps,
  step,
  nameOf,
  label,
  onGo,
}: StepsProps<S> & {
  /** What the list of steps is, for screen readers ("Stappen van de aanmelding"). */
  label: string;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const index = steps.indexOf(step);
  useEffect(() => {
    // On a new step the focus starts at its name, as on a new page (not on the first load), unless
    // a link of the error summary has already moved it to a field of the new step.
    if (first.current) first.current = false;
    else if (!document.activeElement?.matches('input, select, textarea')) heading.current?.focus();
  }, [step]);
  return (
    <nav aria-label={label} className="form-steps">
      <ol>
        {steps.map((s, i) => (
          <li key={s}>
            {s === step ? (
              <span aria-current="step">
                {String(i + 1)}. {nameOf(s)}
              </span>
            ) : (
              <a
                href={`?stap=${s}`}
                onClick={(event) => {
                  event.preventDefault();
                  onGo(s);
                }}
              >
                {String(i + 1)}. {nameOf(s)}
              </a>
            )}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1} className="step-heading">
        {t('formSteps.of', { n: index + 1, total: steps.length })}: {nameOf(step)}
      </h2>
    </nav>
  );
}

export function StepButtons<S extends string>({ steps, step, nameOf, onGo }: StepsProps<S>) {
  const { t } = useTranslation();
  const index = steps.indexOf(step);
  const previous = steps[index - 1];
  const next = steps[index + 1];
  return (
    <div className="actions step-buttons">
      {previous === undefined ? null : (
        <button
          type="button"
          onClick={() => {
            onGo(previous);
          }}
        >
          {t('formSteps.previous', { name: nameOf(previous) })}
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
          {t('formSteps.next', { name: nameOf(next) })}
        </button>
      )}
    </div>
  );
}
