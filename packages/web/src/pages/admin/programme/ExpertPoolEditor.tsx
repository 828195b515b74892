/**
 * The programme's expert pool: who can sit at a care table, what they know, where they work and
 * when they are available. Saved with the programme, as a new version.
 */
import { useTranslation } from 'react-i18next';
import { expertThemes, type Expert } from '@omringd/core';
import { provinceCodes } from '@omringd/core/geography';
import { provinceName } from '../../../format.ts';
import { newId } from '../../cases/parts/newId.ts';

type Props = {
  pool: readonly Expert[] | undefined;
  onChange: (pool: Expert[]) => void;
  errorAt: (path: string) => string | undefined;
};

const textFields = ['name', 'organization', 'availability', 'email', 'phone'] as const;

export function ExpertPoolEditor({ pool = [], onChange, errorAt }: Props) {
  const { t, i18n } = useTranslation();
  const update = (index: number, next: Expert) => {
    onChange(pool.map((e, i) => (i === index ? next : e)));
  };
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
    on ? [...list, value] : list.filter((x) => x !== value);
  return (
    <fieldset className="criteria-editor">
      <legend>{t('programmeEditor.expertPool')}</legend>
      <p className="hint">{t('programmeEditor.expertPoolHint')}</p>
      {pool.map((expert, index) => {
        const base = `expert-${String(index)}`;
        return (
          <fieldset key={expert.id} className="criterion">
            <legend>{expert.name === '' ? t('programmeEditor.newExpert') : expert.name}</legend>
            {textFields.map((field) => {
              const problem = errorAt(`expertPool.${String(index)}.${field}`);
              return (
                <div className="field" key={field}>
                  <label htmlFor={`${base}-${field}`}>
                    {t(`programmeEditor.expertFields.${field}`)}
                  </label>
                  <input
                    id={`${base}-${field}`}
                    type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
                    value={expert[field]}
                    aria-invalid={problem === undefined ? undefined : true}
                    aria-describedby={problem === undefined ? undefined : `${base}-${field}-error`}
                    onChange={(e) => {
                      update(index, { ...expert, [field]: e.target.value });
                    }}
                  />
                  {problem === undefined ? null : (
                    <p className="error" id={`${base}-${field}-error`}>
                      {problem}
                    </p>
                  )}
                </div>
              );
            })}
            <fieldset>
              <legend>{t('programmeEditor.expertFields.expertise')}</legend>
              {expertThemes.map((theme) => (
                <label key={theme} className="facet-option">
                  <input
                    type="checkbox"
                    checked={expert.expertise.includes(theme)}
                    onChange={(e) => {
                      update(index, {
                        ...expert,
                        expertise: toggle(expert.expertise, theme, e.target.checked),
                      });
                    }}
                  />{' '}
                  {t(`careTables.themes.${theme}`)}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('programmeEditor.expertFields.provinces')}</legend>
              {provinceCodes.map((code) => (
                <label key={code} className="facet-option">
                  <input
                    type="checkbox"
                    checked={expert.provinces.includes(code)}
                    onChange={(e) => {
                      update(index, {
                        ...expert,
                        provinces: toggle(expert.provinces, code, e.target.checked),
                      });
                    }}
                  />{' '}
                  {provinceName(code, i18n.language)}
                </label>
              ))}
            </fieldset>
            <button
              type="button"
              className="danger"
              onClick={() => {
                onChange(pool.filter((_, i) => i !== index));
              }}
            >
              {t('programmeEditor.removeExpert', { name: expert.name })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() => {
          onChange([
            ...pool,
            {
              id: newId('ex'),
              name: '',
              organization: '',
              expertise: [],
              provinces: [],
              availability: '',
              email: '',
              phone: '',
            },
          ]);
        }}
      >
        {t('programmeEditor.addExpert')}
      </button>
    </fieldset>
  );
}
