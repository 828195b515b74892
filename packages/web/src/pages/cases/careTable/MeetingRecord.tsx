/**
 * What a care table held leaves: who was there, the notes, the decisions and the agreements, each
 * agreement confirmed (or not) by the parents — the page records who noted it and when.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingContent, MeetingView } from '@omringd/core';
import { formatDateTime } from '../../../format.ts';
import { newId } from '../parts/newId.ts';
import { DecisionGoals } from './DecisionToGoal.tsx';

export function MeetingRecord(props: {
  meeting: MeetingView;
  /** Its decisions can become goals of this case's plan. */
  caseId?: string;
  onSave: (content: MeetingContent) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [content, setContent] = useState<MeetingContent>(props.meeting.content);
  const [decision, setDecision] = useState('');
  const [agreement, setAgreement] = useState('');
  const parents = content.participants.filter((p) => p.kind === 'parent');
  // The family's network at the table: whoever has a part in an agreement sees it as a supporter.
  const network = content.participants.flatMap((p) =>
    p.kind === 'network' && p.networkPersonId !== null
      ? [{ id: p.id, name: p.name, personId: p.networkPersonId }]
      : [],
  );
  const involve = (agreementId: string, personId: string, yes: boolean) => {
    setContent({
      ...content,
      agreements: content.agreements.map((a) =>
        a.id !== agreementId
          ? a
          : {
              ...a,
              involves: yes
                ? [...a.involves.filter((x) => x !== personId), personId]
                : a.involves.filter((x) => x !== personId),
            },
      ),
    });
  };
  const confirm = (agreementId: string, memberId: string, agreed: boolean) => {
    const next = {
      ...content,
      agreements: content.agreements.map((a) =>
        a.id === agreementId
          ? {
              ...a,
              confirmations: [
                ...a.confirmations.filter((x) => x.memberId !== memberId),
                { memberId, agreed, comment: '', recordedBy: '', at: '' },
              ],
            }
          : a,
      ),
    };
    setContent(next);
    void props.onSave(next);
  };
  return (
    <form
      className="meeting-record"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void props.onSave(content);
      }}
    >
      <h4 id={`${id}-heading`}>{t('careTables.record')}</h4>
      <fieldset>
        <legend>{t('careTables.attended')}</legend>
        {content.participants.map((p) => (
          <label key={p.id} className="choice">
            <input
              type="checkbox"
              checked={p.attended === true}
              onChange={(e) => {
                setContent({
                  ...content,
                  participants: content.participants.map((x) =>
                    x.id === p.id ? { ...x, attended: e.target.checked } : x,
                  ),
                });
              }}
            />{' '}
            {p.name}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('careTables.notes')}</label>
        <textarea
          id={`${id}-notes`}
          rows={4}
          value={content.notes}
          onChange={(e) => {
            setContent({ ...content, notes: e.target.value });
          }}
        />
      </div>
      <h5>{t('careTables.decisions')}</h5>
      {props.caseId === undefined ? (
        <ul>
          {content.decisions.map((d) => (
            <li key={d.id}>{d.text}</li>
          ))}
        </ul>
      ) : (
        <DecisionGoals
          caseId={props.caseId}
          meetingId={props.meeting.id}
          decisions={content.decisions.filter((d) =>
            props.meeting.content.decisions.some((saved) => saved.id === d.id),
          )}
        />
      )}
      {props.caseId === undefined
        ? null
        : content.decisions
            .filter((d) => !props.meeting.content.decisions.some((saved) => saved.id === d.id))
            .map((d) => (
              <p key={d.id} className="hint">
                {d.text} — {t('careTables.saveFirst')}
              </p>
            ))}
      <div className="field">
        <label htmlFor={`${id}-decision`}>{t('careTables.newDecision')}</label>
        <input
          id={`${id}-decision`}
          value={decision}
          onChange={(e) => {
            setDecision(e.target.value);
          }}
        />
        <button
          type="button"
          onClick={() => {
            if (decision.trim() === '') return;
            setContent({
              ...content,
              decisions: [...content.decisions, { id: newId('d'), text: decision.trim() }],
            });
            setDecision('');
          }}
        >
          {t('careTables.addDecision')}
        </button>
      </div>
      <h5>{t('careTables.agreements')}</h5>
      <ul className="agreements">
        {content.agreements.map((a) => (
          <li key={a.id}>
            <p>{a.text}</p>
            {parents.map((p) => {
              const given = a.confirmations.find((x) => x.memberId === p.memberId);
              return (
                <p key={p.id} className="confirmation">
                  {given === undefined || given.at === ''
                    ? t('careTables.notConfirmed', { name: p.name })
                    : t(given.agreed ? 'careTables.agreedBy' : 'careTables.disagreedBy', {
                        name: p.name,
                        by: given.recordedBy,
                        at: formatDateTime(given.at, i18n.language),
                      })}{' '}
                  <button
                    type="button"
                    onClick={() => {
                      if (p.memberId !== null) confirm(a.id, p.memberId, true);
                    }}
                  >
                    {t('careTables.agrees', { name: p.name })}
                  </button>{' '}
                  <button
                    type="button"
                    onClick={() => {
                      if (p.memberId !== null) confirm(a.id, p.memberId, false);
                    }}
                  >
                    {t('careTables.disagrees', { name: p.name })}
                  </button>
                </p>
              );
            })}
            {network.map((p) => (
              <label key={p.id} className="choice">
                <input
                  type="checkbox"
                  checked={a.involves.includes(p.personId)}
                  onChange={(e) => {
                    involve(a.id, p.personId, e.target.checked);
                  }}
                />{' '}
                {t('careTables.involves', { name: p.name })}
              </label>
            ))}
          </li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor={`${id}-agreement`}>{t('careTables.newAgreement')}</label>
        <input
          id={`${id}-agreement`}
          value={agreement}
          onChange={(e) => {
            setAgreement(e.target.value);
          }}
        />
        <button
          type="button"
          onClick={() => {
            if (agreement.trim() === '') return;
            setContent({
              ...content,
              agreements: [
                ...content.agreements,
                { id: newId('a'), text: agreement.trim(), confirmations: [], involves: [] },
              ],
            });
            setAgreement('');
          }}
        >
          {t('careTables.addAgreement')}
        </button>
      </div>
      <button type="submit" className="primary">
        {t('careTables.saveRecord')}
      </button>
    </form>
  );
}
