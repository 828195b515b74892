/** How long a programme runs at most, and how many days before the end the coordinator is warned. */
import { useTranslation } from 'react-i18next';
import type { Programme } from '@omringd/core/programme';

type Props = {
  maxDuration: Programme['maxDuration'];
  onChange: (maxDuration: Programme['maxDuration']) => void;
  errorAt: (path: string) => string | undefined;
};

export function MaxDurationEditor({ maxDuration, onChange, errorAt }: Props) {
  const { t } = useTranslation();
  const fields = [
    ['months', 'duration-months', 'maxDuration.months'],
    ['warnDaysBefore', 'duration-warn', 'maxDuration.warnDaysBefore'],
  ] as const;
  return (
    <fieldset>
      <legend>{t('programmeEditor.maxDuration')}</legend>
      <label className="facet-option">
        <input
          type="checkbox"
          checked={maxDuration !== null}
          onChange={(e) => {
            onChange(e.target.checked ? { months: 6, warnDaysBefore: 30 } : null);
          }}
        />{' '}
        {t('programmeEditor.hasMaxDuration')}
      </label>
      {maxDuration === null
        ? null
        : fields.map(([name, id, path]) => {
            const problem = errorAt(path);
            return (
              <div className="field" key={id}>
                <label htmlFor={id}>{t(`programmeEditor.duration.${name}`)}</label>
                <input
                  id={id}
                  type="number"
                  min={1}
                  value={maxDuration[name]}
                  aria-invalid={problem === undefined ? undefined : true}
                  aria-describedby={problem === undefined ? undefined : `${id}-error`}
                  onChange={(e) => {
                    onChange({ ...maxDuration, [name]: Number(e.target.value) });
                  }}
                />
                {problem === undefined ? null : (
                  <p className="error" id={`${id}-error`}>
                    {problem}
                  </p>
                )}
              </div>
            );
          })}
    </fieldset>
  );
}
