/**
 * One care table: when, where, who (with their reply, recorded by hand), the agenda; the actions
 * that fit its status (held, cancel, add to my calendar); once held, what was said and agreed.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { replies, type MeetingContent, type MeetingView } from '@omringd/core';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { formatDateTime } from '../../../format.ts';
import { MeetingRecord } from './MeetingRecord.tsx';

export function MeetingCard(props: {
  caseId: string;
  meeting: MeetingView;
  onSave: (content: MeetingContent) => Promise<boolean>;
  onStatus: (to: 'held' | 'cancelled') => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { meeting } = props;
  const c = meeting.content;
  const open = meeting.status === 'planned' || meeting.status === 'moved';
  const place = c.place.kind === 'home' ? t('careTables.places.home') : c.place.text;
  return (
    <article className={`panel meeting ${meeting.status}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t('careTables.title', { when: formatDateTime(c.startsAt, i18n.language) })} —{' '}
        {t(`careTables.statuses.${meeting.status}`)}
      </h3>
      <p>{c.purpose}</p>
      <p>
        <strong>{t('careTables.where')}:</strong> {place}
      </p>
      {c.agenda.length === 0 ? null : (
        <>
          <h4>{t('careTables.agenda')}</h4>
          <ol>
            {c.agenda.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        </>
      )}
      <table className="participants">
        <caption>{t('careTables.participants')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('careTables.who')}</th>
            <th scope="col">{t('careTables.reply')}</th>
          </tr>
        </thead>
        <tbody>
          {c.participants.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.name} <span className="hint">— {t(`careTables.kinds.${p.kind}`)}</span>
              </th>
              <td>
                {open ? (
                  <select
                    aria-label={t('careTables.replyOf', { name: p.name })}
                    value={p.reply}
                    onChange={(e) => {
                      void props.onSave({
                        ...c,
                        participants: c.participants.map((x) =>
                          x.id === p.id
                            ? { ...x, reply: e.target.value as (typeof replies)[number] }
                            : x,
                        ),
                      });
                    }}
                  >
                    {replies.map((r) => (
                      <option key={r} value={r}>
                        {t(`careTables.replies.${r}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  t(`careTables.replies.${p.reply}`)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <a
          className="button"
          href={`/api/v1/cases/${props.caseId}/care-tables/${meeting.id}/calendar.ics`}
          download="zorgtafel.ics"
        >
          {t('careTables.addToCalendar')}
        </a>
        {open ? (
          <>
            <button type="button" className="primary" onClick={() => void props.onStatus('held')}>
              {t('careTables.markHeld')}
            </button>
            <ConfirmButton
              question={t('careTables.cancelQuestion')}
              confirmLabel={t('careTables.cancelConfirm')}
              onConfirm={() => void props.onStatus('cancelled')}
            >
              {t('careTables.cancel')}
            </ConfirmButton>
          </>
        ) : null}
      </div>
      {meeting.status === 'held' ? (
        <MeetingRecord
          key={meeting.version}
          meeting={meeting}
          onSave={props.onSave}
          caseId={props.caseId}
        />
      ) : null}
    </article>
  );
}
