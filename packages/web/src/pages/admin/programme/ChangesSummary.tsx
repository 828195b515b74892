/**
 * Before saving a new version of a programme: which parts change, each with a link back to its
 * step, and a plain "nothing changes" when so.
 */
import { useTranslation } from 'react-i18next';
import type { ProgrammeStep } from './programmeSteps.ts';

type Part = Exclude<ProgrammeStep, 'controleren'>;

export function ChangesSummary({
  changed,
  nameOf,
  onGo,
}: {
  changed: Part[];
  nameOf: (s: ProgrammeStep) => string;
  onGo: (s: ProgrammeStep) => void;
}) {
  const { t } = useTranslation();
  if (changed.length === 0) return <p>{t('programmeEditor.noChanges')}</p>;
  return (
    <section aria-labelledby="changes-heading">
      <h3 id="changes-heading">{t('programmeEditor.changesTitle')}</h3>
      <ul>
        {changed.map((part) => (
          <li key={part}>
            {nameOf(part)}{' '}
            <button
              type="button"
              className="link"
              aria-label={t('check.changeLabel', { section: nameOf(part) })}
              onClick={() => {
                onGo(part);
              }}
            >
              {t('check.change')}
            </button>
          </li>
        ))}
      </ul>
      <p>{t('programmeEditor.changesExplain')}</p>
    </section>
  );
}
