/**
 * Where families must live: the provinces of the programme. The server accepts only provinces of
 * the coordinator's own region; municipalities of a city programme are kept as they are.
 */
import { useTranslation } from 'react-i18next';
import { provinceCodes, provinces } from '@omringd/core/geography';
import type { Programme } from '@omringd/core/programme';

type Props = {
  region: Programme['region'];
  onChange: (region: Programme['region']) => void;
  errorAt: (path: string) => string | undefined;
};

export function RegionEditor({ region, onChange, errorAt }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const problem = errorAt('region');
  return (
    <fieldset aria-describedby={problem === undefined ? undefined : 'region-error'}>
      <legend>{t('programmeEditor.region')}</legend>
      {region.municipalities.length === 0 ? null : (
        <p className="hint">
          {t('programmeEditor.municipalities', { count: region.municipalities.length })}
        </p>
      )}
      {provinceCodes.map((code) => (
        <label key={code} className="facet-option">
          <input
            type="checkbox"
            checked={region.provinces.includes(code)}
            onChange={(e) => {
              onChange({
                ...region,
                provinces: e.target.checked
                  ? [...region.provinces, code]
                  : region.provinces.filter((p) => p !== code),
              });
            }}
          />{' '}
          {provinces[code][lang]}
        </label>
      ))}
      {problem === undefined ? null : (
        <p className="error" id="region-error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
