/**
 * Our plan, as the family reads it in the family portal: our goals in our words, who does what
 * and by when, when we look at it together again, and our contact person with a call button;
 * and a goal of our own to add. Plain language, one column, large targets: a phone comes first.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalPlan } from '@omringd/core';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { AddGoalForm } from './AddGoalForm.tsx';
import { GoalList } from './GoalList.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { MessageThread } from '../../components/MessageThread.tsx';
import { keepPortalOffline } from './offline.ts';
import { LooksPanel } from './LooksPanel.tsx';
import { ScoreForm } from './ScoreForm.tsx';
import { AgendaWish } from './AgendaWish.tsx';
import { AgreementsPanel } from './AgreementsPanel.tsx';
import { SharingPanel } from './SharingPanel.tsx';

// Planning visits loads when the page does its first work, outside the initial bundle.
const VisitsPanel = lazy(async () => ({
  default: (await import('./VisitsPanel.tsx')).VisitsPanel,
}));
const SupportersPanel = lazy(async () => ({
  default: (await import('./SupportersPanel.tsx')).SupportersPanel,
}));
const AddPasskey = lazy(async () => ({ default: (await import('./AddPasskey.tsx')).AddPasskey }));

type Families = { families: { caseId: string; familyName: string; status: string }[] };

export function OurPlanPage() {
  const { t, i18n } = useTranslation();
  const [families, setFamilies] = useState<Families['families'] | null>(null);
  const [ours, setOurs] = useState<PortalPlan | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const abort = new AbortController();
    void getJson<Families>('/api/v1/portal/families', abort.signal).then((r) => {
      if (r.ok) setFamilies(r.value.families);
      else if (r.error.code !== 'aborted') setError(r.error);
    });
    return () => {
      abort.abort();
    };
  }, []);
  // The open case comes first; a family with only closed cases still reads its last plan.
  const caseId =
    families?.find((f) => f.status !== 'closed')?.caseId ?? families?.[0]?.caseId ?? null;
  const load = useCallback(
    (signal?: AbortSignal) => {
      if (caseId === null) return;
      void getJson<PortalPlan>(`/api/v1/portal/cases/${caseId}/plan`, signal).then((r) => {
        if (r.ok) setOurs(r.value);
        else if (r.error.code !== 'aborted') setError(r.error);
      });
    },
    [caseId],
  );
  useEffect(() => {
    const abort = new AbortController();
    load(abort.signal);
    return () => {
      abort.abort();
    };
  }, [load]);
  useEffect(() => {
    heading.current?.focus();
    keepPortalOffline();
  }, []);

  const next = ours?.plan.nextEvaluation ?? null;
  return (
    <div className="portal">
      <LanguagePicker />
      <h1 ref={heading} tabIndex={-1}>
        {ours === null ? t('portal.title') : t('portal.titleOf', { family: ours.familyName })}
      </h1>
      <ErrorMessage error={error} />
      {families === null && error === null ? <p role="status">{t('account.loading')}</p> : null}
      {families !== null && families.length === 0 ? <p>{t('portal.noFamily')}</p> : null}
      {ours === null ? null : (
        <>
          {ours.contact === null ? null : (
            <section className="portal-card" aria-labelledby="portal-contact">
              <h2 id="portal-contact">{t('portal.contactTitle')}</h2>
              <p>{t('portal.contactIs', { name: ours.contact.name })}</p>
              {ours.contact.phone === null ? null : (
                <a className="button call-button" href={`tel:${ours.contact.phone}`}>
                  <span aria-hidden="true">📞</span> {t('portal.call', { name: ours.contact.name })}
                </a>
              )}
            </section>
          )}
          {ours.nextMeeting === null ? null : (
            <section className="portal-card" aria-labelledby="portal-meeting">
              <h2 id="portal-meeting">{t('portal.meetingTitle')}</h2>
              <p>
                <strong>{formatDateTime(ours.nextMeeting.startsAt, i18n.language)}</strong>
                {' — '}
                {t('portal.meetingLength', { minutes: ours.nextMeeting.minutes })}
              </p>
              <p>{ours.nextMeeting.place}</p>
              <p>{t('portal.meetingPurpose', { purpose: ours.nextMeeting.purpose })}</p>
              <AgendaWish
                caseId={ours.caseId}
                meetingId={ours.nextMeeting.id}
                agenda={ours.nextMeeting.agenda}
              />
              <a
                className="button"
                href={`/api/v1/cases/${ours.caseId}/care-tables/${ours.nextMeeting.id}/calendar.ics`}
                download="afspraak.ics"
              >
                <span aria-hidden="true">📅</span> {t('portal.meetingCalendar')}
              </a>
            </section>
          )}
          <Suspense fallback={null}>
            <VisitsPanel caseId={ours.caseId} />
          </Suspense>
          <section aria-labelledby="portal-goals" id="onze-doelen">
            <h2 id="portal-goals">{t('portal.goalsTitle')}</h2>
            {ours.plan.current === null ? (
              <p>{t('portal.noPlanYet')}</p>
            ) : (
              <GoalList content={ours.plan.current.content} />
            )}
          </section>
          {next === null ? null : (
            <p className="portal-card">
              {t('portal.nextLook', { date: formatDate(next.dueOn, i18n.language) })}
            </p>
          )}
          <AddGoalForm
            caseId={ours.caseId}
            onAdded={() => {
              load();
            }}
          />
          <AgreementsPanel caseId={ours.caseId} items={ours.agreements} />
          <ScoreForm caseId={ours.caseId} />
          <MessageThread
            url={`/api/v1/portal/cases/${ours.caseId}/messages`}
            anchor="berichten"
            texts={{
              title: t('portal.messagesTitle'),
              intro: t('portal.messagesIntro', {
                name: ours.contact?.name ?? t('portal.yourContact'),
              }),
              none: t('portal.noMessages'),
              label: t('portal.messageLabel'),
              send: t('portal.messageSend'),
              sent: t('portal.messageSent'),
            }}
          />
          <Suspense fallback={null}>
            <SupportersPanel caseId={ours.caseId} />
          </Suspense>
          <SharingPanel caseId={ours.caseId} contact={ours.contact?.name ?? null} />
          <LooksPanel caseId={ours.caseId} />
          {ours.hasPasskey ? null : (
            <Suspense fallback={null}>
              <AddPasskey />
            </Suspense>
          )}
          <section aria-labelledby="portal-data" id="onze-gegevens">
            <h2 id="portal-data">{t('portal.dataTitle')}</h2>
            <p>{t('portal.dataIntro')}</p>
            <a
              className="button"
              href={`/api/v1/portal/cases/${ours.caseId}/our-data.json`}
              download="onze-gegevens.json"
            >
              {t('portal.dataDownload')}
            </a>{' '}
            <a
              className="button"
              href={`/api/v1/portal/cases/${ours.caseId}/our-data.html`}
              target="_blank"
              rel="noreferrer"
            >
              {t('portal.dataPrint')}
            </a>
          </section>
        </>
      )}
    </div>
  );
}
