/**
 * The life domains of the case (those of its programmes): per domain the situation in a few words,
 * the family's own priority and who is involved. What is typed is kept on this device until saved.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  familyPriorities,
  type CaseLifeDomains,
  type LifeDomainEntry,
  type LifeDomainKey,
  type LifeDomains,
} from '@omringd/core';
import { useCasePart } from './useCasePart.ts';
import { PartState } from './PartState.tsx';

const blank = (key: LifeDomainKey): LifeDomainEntry => ({
  key,
  situation: '',
  familyPriority: 'unknown',
  involved: '',
});

export function LifeDomainsPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const part = useCasePart<LifeDomains, CaseLifeDomains>(caseId, 'life-domains');
  const working = part.working;
  const offered = part.view?.offered ?? [];
  const entry = (key: LifeDomainKey) => working?.domains.find((d) => d.key === key) ?? blank(key);
  const change = (key: LifeDomainKey, patch: Partial<LifeDomainEntry>) => {
    if (working === null) return;
    const next = { ...entry(key), ...patch };
    const others = working.domains.filter((d) => d.key !== key);
    // Only domains that hold something are kept; an emptied one is left out.
    const empty =
      next.situation === '' && next.involved === '' && next.familyPriority === 'unknown';
    part.setWorking({ domains: empty ? others : [...others, next] });
  };
  const describe = (value: unknown) => {
    const d = value as LifeDomainEntry;
    return `${t(`caseParts.domains.names.${d.key}`)}: ${d.situation || '—'} (${t(
      `caseParts.domains.priority.${d.familyPriority}`,
    )})`;
  };
  return (
    <section aria-labelledby="domains-heading" id="levensdomeinen">
      <h2 id="domains-heading">{t('caseParts.domains.title')}</h2>
      <PartState part={part} describe={describe} />
      {working === null ? null : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void part.save();
          }}
        >
          <div className="domains">
            {offered.map((key) => {
              const d = entry(key);
              const base = `${id}-${key}`;
              return (
                <fieldset key={key} className={`domain domain-${key}`}>
                  <legend>
                    <span className={`domain-icon icon-${key}`} aria-hidden="true" />
                    {t(`caseParts.domains.names.${key}`)}
                  </legend>
                  <div className="field">
                    <label htmlFor={`${base}-situation`}>{t('caseParts.domains.situation')}</label>
                    <textarea
                      id={`${base}-situation`}
                      rows={2}
                      maxLength={500}
                      value={d.situation}
                      onChange={(e) => {
                        change(key, { situation: e.target.value });
                      }}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`${base}-priority`}>
                      {t('caseParts.domains.familyPriority')}
                    </label>
                    <select
                      id={`${base}-priority`}
                      value={d.familyPriority}
                      onChange={(e) => {
                        change(key, {
                          familyPriority: e.target.value as LifeDomainEntry['familyPriority'],
                        });
                      }}
                    >
                      {familyPriorities.map((p) => (
                        <option key={p} value={p}>
                          {t(`caseParts.domains.priority.${p}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`${base}-involved`}>{t('caseParts.domains.involved')}</label>
                    <input
                      id={`${base}-involved`}
                      maxLength={300}
                      value={d.involved}
                      onChange={(e) => {
                        change(key, { involved: e.target.value });
                      }}
                    />
                  </div>
                </fieldset>
              );
            })}
          </div>
          <button type="submit" className="primary" disabled={part.saving}>
            {t('caseParts.domains.save')}
          </button>
          {part.dirty ? <p className="hint">{t('caseParts.keptHere')}</p> : null}
        </form>
      )}
    </section>
  );
}
