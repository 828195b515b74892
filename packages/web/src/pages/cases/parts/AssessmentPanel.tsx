/**
 * The assessment as the field works: what we are worried about, what is working well, what needs
 * to happen. Statements the family wrote are marked as theirs and cannot be changed here.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  assessmentGroups,
  type Assessment,
  type AssessmentSection,
  type Statement,
} from '@omringd/core';
import { useCasePart } from './useCasePart.ts';
import { PartState } from './PartState.tsx';
import { useKeptState } from './useKeptState.ts';
import { newId } from './newId.ts';

export function AssessmentPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const part = useCasePart<Assessment>(caseId, 'assessment');
  const [adding, setAdding] = useKeptState<Partial<Record<AssessmentSection, string>>>(
    `omringd:case:${caseId}:assessment:adding`,
    () => ({}),
  );
  const working = part.working;
  const describe = (value: unknown, list: string | null) => {
    const s = value as Statement;
    return `${list === null ? '' : `${t(`caseParts.assessment.sections.${list}`)}: `}${s.text}`;
  };
  const add = (section: AssessmentSection) => {
    const text = (adding[section] ?? '').trim();
    if (working === null || text === '') return;
    part.setWorking({
      ...working,
      [section]: [
        ...working[section],
        { id: newId(section.slice(0, 2).toLowerCase()), text, author: 'professional' },
      ],
    });
    setAdding({ ...adding, [section]: '' });
  };
  return (
    <section aria-labelledby="assessment-heading" id="zorgen-en-krachten">
      <h2 id="assessment-heading">{t('caseParts.assessment.title')}</h2>
      <PartState part={part} describe={describe} />
      {working === null ? null : (
        <div className="assessment">
          {Object.entries(assessmentGroups).map(([group, sections]) => (
            <div key={group} className={`assessment-group ${group}`}>
              <h3>{t(`caseParts.assessment.groups.${group}`)}</h3>
              {sections.map((section) => (
                <div key={section} className="assessment-section">
                  <h4 id={`${id}-${section}`}>{t(`caseParts.assessment.sections.${section}`)}</h4>
                  <p className="hint">{t(`caseParts.assessment.hints.${section}`)}</p>
                  {working[section].length === 0 ? null : (
                    <ul aria-labelledby={`${id}-${section}`}>
                      {working[section].map((s) => (
                        <li key={s.id}>
                          {s.text}
                          {s.author === 'family' ? (
                            <span className="by-family"> — {t('caseParts.writtenByFamily')}</span>
                          ) : (
                            <button
                              type="button"
                              className="link"
                              onClick={() => {
                                part.setWorking({
                                  ...working,
                                  [section]: working[section].filter((x) => x.id !== s.id),
                                });
                              }}
                            >
                              {t('caseParts.assessment.remove')}
                              <span className="visually-hidden">: {s.text}</span>
                            </button>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                  <div className="field add-statement">
                    <label htmlFor={`${id}-${section}-new`}>{t('caseParts.assessment.add')}</label>
                    <textarea
                      id={`${id}-${section}-new`}
                      rows={2}
                      maxLength={1000}
                      value={adding[section] ?? ''}
                      onChange={(e) => {
                        setAdding({ ...adding, [section]: e.target.value });
                      }}
                    />
                    <button
                      type="button"
                      onClick={() => {
                        add(section);
                      }}
                    >
                      {t('caseParts.assessment.addButton', {
                        section: t(`caseParts.assessment.sections.${section}`),
                      })}
                    </button>
                  </div>
                </div>
              ))}
            </div>
          ))}
          <button
            type="button"
            className="primary"
            disabled={part.saving || !part.dirty}
            onClick={() => void part.save()}
          >
            {t('caseParts.assessment.save')}
          </button>
          {part.dirty ? <p className="hint">{t('caseParts.keptHere')}</p> : null}
        </div>
      )}
    </section>
  );
}
