/**
 * A list of criteria (situations, conditions, checklist items): each with a label and an
 * explanation in Dutch and English. New items get a code made from their Dutch label.
 */
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../referrals/referralTypes.ts';
import { codeFrom } from './codeFrom.ts';

type Props = {
  /** The path of the list in the programme (for messages), e.g. "checklist". */
  path: string;
  legend: string;
  items: Criterion[];
  /** Codes of the saved version: those stay; a new item's code follows its Dutch label. */
  savedIds: string[];
  onChange: (items: Criterion[]) => void;
  errorAt: (path: string) => string | undefined;
};

const parts = [
  ['label', 'nl'],
  ['label', 'en'],
  ['explanation', 'nl'],
  ['explanation', 'en'],
] as const;

export function CriteriaEditor({ path, legend, items, savedIds, onChange, errorAt }: Props) {
  const { t } = useTranslation();
  const update = (index: number, next: Criterion) => {
    onChange(items.map((item, i) => (i === index ? next : item)));
  };
  return (
    <fieldset className="criteria-editor">
      <legend>{legend}</legend>
      {items.map((item, index) => (
        <div key={index} className="criterion">
          {parts.map(([part, language]) => {
            const id = `${path}-${String(index)}-${part}-${language}`;
            const problem = errorAt(`${path}.${String(index)}.${part}.${language}`);
            return (
              <div className="field" key={id}>
                <label htmlFor={id}>
                  {t(`programmeEditor.${part}`, {
                    row: index + 1,
                    language: t(`programmeEditor.languages.${language}`),
                  })}
                </label>
                <input
                  id={id}
                  value={item[part][language]}
                  aria-invalid={problem === undefined ? undefined : true}
                  aria-describedby={problem === undefined ? undefined : `${id}-error`}
                  onChange={(e) => {
                    const changed = {
                      ...item,
                      [part]: { ...item[part], [language]: e.target.value },
                    };
                    if (!savedIds.includes(item.id))
                      changed.id = codeFrom(
                        changed.label.nl,
                        items.filter((_, i) => i !== index).map((x) => x.id),
                      );
                    update(index, changed);
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
          <button
            className="danger"
            type="button"
            onClick={() => {
              onChange(items.filter((_, i) => i !== index));
            }}
          >
            {t('programmeEditor.remove', { row: index + 1, list: legend })}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          onChange([
            ...items,
            {
              id: `nieuw-${String(items.length + 1)}`,
              label: { nl: '', en: '' },
              explanation: { nl: '', en: '' },
            },
          ]);
        }}
      >
        {t('programmeEditor.add', { list: legend })}
      </button>
    </fieldset>
  );
}
