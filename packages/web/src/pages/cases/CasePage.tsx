/**
 * One case file: who works on it, who the family is, their network, the life domains, the
 * worries and strengths with the 0–10 scale, and one timeline — each part loaded and saved by
 * itself, so a slow part never holds up another.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CaseView } from '@omringd/core';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FamilyPanel } from './FamilyPanel.tsx';
import { NetworkPanel } from './parts/NetworkPanel.tsx';
import { LifeDomainsPanel } from './parts/LifeDomainsPanel.tsx';
import { AssessmentPanel } from './parts/AssessmentPanel.tsx';
import { ScoresPanel } from './parts/ScoresPanel.tsx';
import { TimelinePanel } from './parts/TimelinePanel.tsx';
import { CareTablePanel } from './careTable/CareTablePanel.tsx';
import { SignalsPanel } from './waiting/SignalsPanel.tsx';
import { WaitingPanel } from './waiting/WaitingPanel.tsx';
import { useSession, type Session } from '../../session/session.ts';
import { MessageThread } from '../../components/MessageThread.tsx';
import { HomeVisitsPanel } from './visits/HomeVisitsPanel.tsx';

const signedInId = (session: Session) => (session.state === 'signed_in' ? session.user.id : null);

const sections = [
  ['gezin', 'caseFile.family'],
  ['netwerk', 'caseParts.network.title'],
  ['levensdomeinen', 'caseParts.domains.title'],
  ['zorgen-en-krachten', 'caseParts.assessment.title'],
  ['schaal', 'caseParts.scores.title'],
  ['zorgtafel', 'careTables.heading'],
  ['plan', 'plan.sectionLink'],
  ['budget', 'budget.sectionLink'],
  ['huisbezoeken', 'homeVisits.title'],
  ['wachtlijsten', 'waiting.title'],
  ['signalen', 'signals.title'],
  ['berichten', 'caseFile.messages.title'],
  ['tijdlijn', 'caseParts.timeline.title'],
] as const;

export function CasePage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { id = '' } = useParams();
  const [file, setFile] = useState<CaseView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    void getJson<CaseView>(`/api/v1/cases/${id}`, abort.signal).then((r) => {
      if (r.ok) setFile(r.value);
      else if (r.error.code !== 'aborted') setError(r.error);
    });
    return () => {
      abort.abort();
    };
  }, [id]);
  if (file === null)
    return error === null ? (
      <p role="status">{t('account.loading')}</p>
    ) : (
      <ErrorMessage error={error} />
    );
  return (
    <div>
      <h1>{t('caseFile.title', { family: file.familyLabel })}</h1>
      <p>{file.title}</p>
      <section aria-labelledby="team-heading">
        <h2 id="team-heading">{t('caseFile.team')}</h2>
        <ul>
          {file.team.map((m) => (
            <li key={m.userId}>
              {m.displayName}
              {m.caseRole === 'coordinator' ? ` — ${t('caseFile.contactPerson')}` : ''}
            </li>
          ))}
        </ul>
      </section>
      <nav aria-labelledby="case-sections" className="case-sections">
        <h2 id="case-sections" className="visually-hidden">
          {t('caseParts.onThisPage')}
        </h2>
        <ul>
          {sections.map(([anchor, label]) =>
            anchor === 'plan' || anchor === 'budget' ? (
              <li key={anchor}>
                <Link to={`/dossiers/${file.id}/${anchor}`}>{t(label)}</Link>
              </li>
            ) : (
              <li key={anchor}>
                <a href={`#${anchor}`}>{t(label)}</a>
              </li>
            ),
          )}
        </ul>
      </nav>
      <FamilyPanel
        caseId={file.id}
        mayInvite={file.team.some(
          (m) => m.caseRole === 'coordinator' && m.userId === signedInId(session),
        )}
      />
      <NetworkPanel caseId={file.id} familyName={file.familyLabel} />
      <LifeDomainsPanel caseId={file.id} />
      <AssessmentPanel caseId={file.id} />
      <ScoresPanel caseId={file.id} />
      <CareTablePanel caseId={file.id} />
      <HomeVisitsPanel
        caseId={file.id}
        isContact={file.team.some(
          (m) => m.caseRole === 'coordinator' && m.userId === signedInId(session),
        )}
      />
      <WaitingPanel caseId={file.id} />
      <SignalsPanel caseId={file.id} />
      <MessageThread
        url={`/api/v1/cases/${file.id}/family-messages`}
        anchor="berichten"
        texts={{
          title: t('caseFile.messages.title'),
          intro: t('caseFile.messages.intro'),
          none: t('caseFile.messages.none'),
          label: t('caseFile.messages.label'),
          send: t('caseFile.messages.send'),
          sent: t('caseFile.messages.sent'),
        }}
      />
      <TimelinePanel caseId={file.id} />
    </div>
  );
}
