/**
 * For whom and where a service is offered: its target groups and domains (the taxonomy), the
 * provinces or municipalities it serves, and the languages it works in. Checkboxes in fieldsets,
 * so a keyboard and a screen reader reach every choice.
 */
import { provinces, type ProvinceCode } from '@omringd/core/geography';
import { EDITABLE_PROVINCES } from '@omringd/core/service-edit';
import { taxonomies } from '@omringd/core/taxonomy';
import { useTranslation } from 'react-i18next';
import type { Form } from './serviceForm.ts';

/** Languages offered as choices; a service's other languages stay as they were. */
const LANGUAGES = ['nl', 'fr', 'en', 'de', 'ar', 'tr', 'pl', 'ro', 'bg', 'es', 'uk', 'so'];

type Props = {
  form: Form;
  errors: Record<string, string>;
  set: (patch: Partial<Form>) => void;
  /** The provinces this coordinator manages; places the service already has are shown too. */
  region: readonly string[];
};

const toggle = (list: string[], value: string, on: boolean) =>
  on ? [...new Set([...list, value])] : list.filter((x) => x !== value);

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label className="facet-option">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => {
          onChange(e.target.checked);
        }}
      />{' '}
      {label}
    </label>
  );
}

function ErrorLine({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p className="error" id={id}>
      {error}
    </p>
  ) : null;
}

export function ServiceReachFields({ form, errors, set, region }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const languageNames = new Intl.DisplayNames([en ? 'en' : 'nl-BE'], { type: 'language' });
  const shownProvinces = EDITABLE_PROVINCES.filter(
    (p) => region.includes(p) || form.areaProvinces.includes(p),
  );
  const languages = [...new Set([...LANGUAGES, ...form.languages])];
  const provinceName = (p: ProvinceCode) => (en ? provinces[p].en : provinces[p].nl);
  return (
    <>
      {taxonomies.map((taxonomy) => (
        <fieldset key={taxonomy.code} className="choices">
          <legend>{en ? taxonomy.labels.en : taxonomy.labels.nl}</legend>
          {taxonomy.terms.map((term) => {
            const key = `${taxonomy.code}:${term.code}`;
            const label = en ? term.labels.en : term.labels.nl;
            return (
              <Check
                key={key}
                label={term.symbol === undefined ? label : `${term.symbol} ${label}`}
                checked={form.terms.includes(key)}
                onChange={(on) => {
                  set({ terms: toggle(form.terms, key, on) });
                }}
              />
            );
          })}
        </fieldset>
      ))}
      <fieldset
        id="service-areaProvinces"
        tabIndex={-1}
        className="choices"
        aria-describedby={
          (errors.areaProvinces ?? errors.servesFlanders ?? errors.areaMunicipalities)
            ? 'service-areaProvinces-error'
            : undefined
        }
      >
        <legend>{t('manage.offeredIn')}</legend>
        <Check
          label={t('manage.fields.servesFlanders')}
          checked={form.servesFlanders}
          onChange={(on) => {
            set({ servesFlanders: on });
          }}
        />
        {shownProvinces.map((p) => (
          <Check
            key={p}
            label={provinceName(p)}
            checked={form.areaProvinces.includes(p)}
            onChange={(on) => {
              set({ areaProvinces: toggle(form.areaProvinces, p, on) });
            }}
          />
        ))}
        {form.areaMunicipalities.length > 0 ? (
          <p className="hint">{t('manage.municipalitiesHint')}</p>
        ) : null}
        {Object.entries(form.municipalityNames).map(([nis, name]) => (
          <Check
            key={nis}
            label={name}
            checked={form.areaMunicipalities.includes(nis)}
            onChange={(on) => {
              set({ areaMunicipalities: toggle(form.areaMunicipalities, nis, on) });
            }}
          />
        ))}
        <Check
          label={t('manage.fields.servesBeyondProvince')}
          checked={form.servesBeyondProvince}
          onChange={(on) => {
            set({ servesBeyondProvince: on });
          }}
        />
        <ErrorLine
          id="service-areaProvinces-error"
          error={errors.areaProvinces ?? errors.servesFlanders ?? errors.areaMunicipalities}
        />
      </fieldset>
      <fieldset
        id="service-languages"
        tabIndex={-1}
        className="choices"
        aria-describedby={errors.languages ? 'service-languages-error' : undefined}
      >
        <legend>{t('manage.fields.languages')}</legend>
        {languages.map((code) => (
          <Check
            key={code}
            label={languageNames.of(code) ?? code}
            checked={form.languages.includes(code)}
            onChange={(on) => {
              set({ languages: toggle(form.languages, code, on) });
            }}
          />
        ))}
        <ErrorLine id="service-languages-error" error={errors.languages} />
      </fieldset>
    </>
  );
}
