import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetCount } from '../api.ts';

type Props = {
  legend: string;
  name: string;
  options: FacetCount[];
  label: (value: string) => string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
};

/** One filter as a group of radio buttons, with the number of results each choice gives. */
export function FacetGroup({ legend, name, options, label, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const shown =
    value !== undefined && !options.some((o) => o.value === value)
      ? [...options, { value, count: 0 }]
      : options;
  if (shown.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <div className="facet-option">
        <input
          type="radio"
          id={`${id}-all`}
          name={name}
          checked={value === undefined}
          onChange={() => {
            onChange(undefined);
          }}
        />
        <label htmlFor={`${id}-all`}>{t('search.all')}</label>
      </div>
      {shown.map((o) => (
        <div className="facet-option" key={o.value}>
          <input
            type="radio"
            id={`${id}-${o.value}`}
            name={name}
            checked={value === o.value}
            onChange={() => {
              onChange(o.value);
            }}
          />
          <label htmlFor={`${id}-${o.value}`}>
            {label(o.value)} <span className="count">({o.count})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
