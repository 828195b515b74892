/**
 * Two versions side by side after a conflict: what was saved meanwhile and what I was saving.
 * Per difference the user keeps the saved one or takes theirs; nothing is lost without a choice.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultChoices, differences, merge, type MergeChoice } from '@omringd/core';
import { formatDateTime } from '../../../format.ts';
import type { Conflict } from './useCasePart.ts';

type Props<T> = {
  conflict: Conflict<T>;
  /** The item or field in words, as the panel shows it. */
  describe: (value: unknown, list: string | null, path: string) => string;
  onResolve: (merged: T) => void;
  onDiscard: () => void;
};

export function MergePanel<T extends Record<string, unknown>>(props: Props<T>) {
  const { t, i18n } = useTranslation();
  const heading = useId();
  const { theirs, mine } = props.conflict;
  const diffs = differences(theirs.content, mine);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>(() => defaultChoices(diffs));
  const words = (value: unknown, d: { list: string | null; path: string }) =>
    value === undefined ? t('caseParts.merge.absent') : props.describe(value, d.list, d.path);
  return (
    <form
      className="panel merge"
      aria-labelledby={heading}
      onSubmit={(event) => {
        event.preventDefault();
        props.onResolve(merge(theirs.content, mine, choices));
      }}
    >
      <h3 id={heading} tabIndex={-1}>
        {t('caseParts.merge.title')}
      </h3>
      <p>
        {t('caseParts.merge.explain', {
          who: theirs.updatedBy ?? t('caseParts.merge.someone'),
          when: theirs.updatedAt === null ? '' : formatDateTime(theirs.updatedAt, i18n.language),
        })}
      </p>
      {diffs.length === 0 ? <p>{t('caseParts.merge.none')}</p> : null}
      {diffs.map((d) => (
        <fieldset key={d.path} className="merge-row">
          <legend>{words(d.mine ?? d.theirs, d)}</legend>
          <label className="merge-choice">
            <input
              type="radio"
              name={`${heading}-${d.path}`}
              checked={choices[d.path] === 'theirs'}
              onChange={() => {
                setChoices({ ...choices, [d.path]: 'theirs' });
              }}
            />
            <span>
              <strong>{t('caseParts.merge.theirs')}</strong> {words(d.theirs, d)}
            </span>
          </label>
          <label className="merge-choice">
            <input
              type="radio"
              name={`${heading}-${d.path}`}
              checked={choices[d.path] === 'mine'}
              onChange={() => {
                setChoices({ ...choices, [d.path]: 'mine' });
              }}
            />
            <span>
              <strong>{t('caseParts.merge.mine')}</strong> {words(d.mine, d)}
            </span>
          </label>
        </fieldset>
      ))}
      <div className="actions">
        <button type="submit" className="primary">
          {t('caseParts.merge.save')}
        </button>
        <button type="button" onClick={props.onDiscard}>
          {t('caseParts.merge.discard')}
        </button>
      </div>
    </form>
  );
}
