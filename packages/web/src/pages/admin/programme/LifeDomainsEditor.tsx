/**
 * The life domains a programme works with: its cases offer these in the case file. All ten when
 * none is unticked (the programme does not name them).
 */
import { useTranslation } from 'react-i18next';
import { lifeDomainKeys, type LifeDomainKey } from '@omringd/core';

type Props = {
  domains: readonly LifeDomainKey[] | undefined;
  onChange: (domains: LifeDomainKey[] | undefined) => void;
  errorAt: (path: string) => string | undefined;
};

export function LifeDomainsEditor({ domains, onChange, errorAt }: Props) {
  const { t } = useTranslation();
  const chosen = domains ?? lifeDomainKeys;
  const problem = errorAt('lifeDomains');
  return (
    <fieldset
      aria-describedby={problem === undefined ? 'domains-hint' : 'domains-hint domains-error'}
    >
      <legend>{t('programmeEditor.lifeDomains')}</legend>
      <p className="hint" id="domains-hint">
        {t('programmeEditor.lifeDomainsHint')}
      </p>
      {lifeDomainKeys.map((key) => (
        <label key={key} className="facet-option">
          <input
            type="checkbox"
            checked={chosen.includes(key)}
            onChange={(e) => {
              const next = e.target.checked
                ? lifeDomainKeys.filter((k) => k === key || chosen.includes(k))
                : chosen.filter((k) => k !== key);
              onChange(next.length === lifeDomainKeys.length ? undefined : next);
            }}
          />{' '}
          {t(`caseParts.domains.names.${key}`)}
        </label>
      ))}
      {problem === undefined ? null : (
        <p className="error" id="domains-error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
