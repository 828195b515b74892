/**
 * A supporter's page (a grandmother, a neighbour the family asked to help): for each family, in
 * plain words, the agreements they have a part in and the next care table they are invited to,
 * with the family's contact person. Nothing else of the family's file.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupporterView } from '@omringd/core';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { momentInWords } from './visitMoments.ts';

export function SupportPage() {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [views, setViews] = useState<SupporterView[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    heading.current?.focus();
    void (async () => {
      const list = await getJson<{ caseIds: string[] }>('/api/v1/supporter/cases');
      if (!list.ok) {
        setError(list.error);
        return;
      }
      // Each family at once: a supporter of several waits for the slowest, not for their sum.
      const answers = await Promise.all(
        list.value.caseIds.map((caseId) =>
          getJson<SupporterView>(`/api/v1/supporter/cases/${caseId}`),
        ),
      );
      const found: SupporterView[] = [];
      for (const view of answers) {
        if (!view.ok) {
          setError(view.error);
          return;
        }
        found.push(view.value);
      }
      setViews(found);
    })();
  }, []);
  return (
    <div className="portal">
      <LanguagePicker />
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.support.title')}
      </h1>
      <ErrorMessage error={error} />
      {views === null && error === null ? <p role="status">{t('account.loading')}</p> : null}
      {views !== null && views.length === 0 ? <p>{t('portal.support.none')}</p> : null}
      {(views ?? []).map((view) => (
        <section key={view.caseId} aria-labelledby={`steun-${view.caseId}`} className="portal-card">
          <h2 id={`steun-${view.caseId}`}>
            {t('portal.support.family', { family: view.familyName })}
          </h2>
          <h3>{t('portal.support.agreements')}</h3>
          {view.agreements.length === 0 ? (
            <p>{t('portal.support.noAgreements')}</p>
          ) : (
            <ul>
              {view.agreements.map((a) => (
                <li key={a.agreementId}>{a.text}</li>
              ))}
            </ul>
          )}
          <h3>{t('portal.support.meeting')}</h3>
          {view.nextMeeting === null ? (
            <p>{t('portal.support.noMeeting')}</p>
          ) : (
            <p>
              <strong>{momentInWords(view.nextMeeting.startsAt, i18n.language)}</strong>
              {' — '}
              {view.nextMeeting.place}. {view.nextMeeting.purpose}{' '}
              <a
                className="button"
                href={`/api/v1/supporter/cases/${view.caseId}/next-meeting.ics`}
                download="zorgtafel.ics"
              >
                <span aria-hidden="true">📅</span> {t('portal.support.calendar')}
              </a>
            </p>
          )}
          {view.contact === null ? null : (
            <p>
              {t('portal.support.contact', { name: view.contact.name })}{' '}
              {view.contact.phone === null ? null : (
                <a className="button call-button" href={`tel:${view.contact.phone}`}>
                  <span aria-hidden="true">📞</span> {t('portal.call', { name: view.contact.name })}
                </a>
              )}
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
