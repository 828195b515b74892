/** A referral at a glance: status, deadlines with what is left, contact person (messages: MessageThread). */
import { useTranslation } from 'react-i18next';
import type { Referral } from './referralTypes.ts';
import { formatDateTime } from '../../format.ts';
import { referralReference } from '@omringd/core/lifecycle';

function left(dueAt: string, now: Date): number {
  return Math.round((new Date(dueAt).getTime() - now.getTime()) / 3_600_000);
}

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** How the referrer reaches the contact person: a link to call and one to write. */
function ContactWays({ person }: { person: NonNullable<Referral['contactPerson']> }) {
  const { t } = useTranslation();
  return (
    <span className="contact-ways">
      {person.phone === null ? null : (
        <>
          {' · '}
          <a
            href={telHref(person.phone)}
            aria-label={t('referral.callContact', { phone: person.phone })}
          >
            {person.phone}
          </a>
        </>
      )}
      {person.email === '' ? null : (
        <>
          {' · '}
          <a href={`mailto:${person.email}`}>{person.email}</a>
        </>
      )}
    </span>
  );
}

export function ReferralSummary({ referral }: { referral: Referral }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const now = new Date();
  const last = referral.messages.at(-1);
  return (
    <dl className="facts">
      {referral.sentAt === null ? null : (
        <>
          <dt>{t('referral.reference')}</dt>
          <dd>{referralReference(referral.id)}</dd>
        </>
      )}
      <dt>{t('referral.status')}</dt>
      <dd>
        <strong>{t(`referral.statuses.${referral.status}`)}</strong>
        {referral.flaggedIneligible ? (
          <span className="badge badge-note"> {t('referral.flagged')}</span>
        ) : null}
      </dd>
      <dt>{t('referral.receiver')}</dt>
      <dd>
        {referral.serviceName === null
          ? referral.receivingOrganizationName
          : `${referral.serviceName} (${referral.receivingOrganizationName})`}
      </dd>
      {referral.externalReferrer === null ? null : (
        <>
          <dt>{t('referral.externalReferrer')}</dt>
          <dd>
            {referral.externalReferrer.name} ({referral.externalReferrer.organization}) ·{' '}
            <a href={telHref(referral.externalReferrer.phone)}>{referral.externalReferrer.phone}</a>{' '}
            ·{' '}
            <a href={`mailto:${referral.externalReferrer.email}`}>
              {referral.externalReferrer.email}
            </a>
          </dd>
        </>
      )}
      {referral.registeredBy === null ? null : (
        <>
          <dt>{t('referral.registeredByLabel')}</dt>
          <dd>{t('referral.registeredBy', { name: referral.registeredBy.displayName })}</dd>
        </>
      )}
      {referral.externalRoute === null ? null : (
        <>
          <dt>{t('referral.routedExternal')}</dt>
          <dd>
            {t(`reach.kinds.${referral.externalRoute.kind}`)}: {referral.externalRoute.value}
            {referral.followUpAt === null
              ? null
              : ` — ${t('referral.followUpOn', { date: formatDateTime(referral.followUpAt, lang) })}`}
          </dd>
        </>
      )}
      <dt>{t('referral.contactPerson')}</dt>
      <dd>
        {referral.assignedTo?.displayName ??
          (referral.routedTo === 'duty_line' ? t('referral.dutyLine') : t('referral.noContactYet'))}
        {referral.contactPerson === null ? null : <ContactWays person={referral.contactPerson} />}
        {referral.assignedTo === null && referral.dutyLine !== null ? (
          <>
            {' — '}
            {referral.dutyLine.name}
            {referral.dutyLine.contacts.map((c) => (
              <span key={c.value}>
                {' · '}
                <a href={c.kind === 'phone' ? telHref(c.value) : `mailto:${c.value}`}>{c.value}</a>
              </span>
            ))}
          </>
        ) : null}
      </dd>
      {referral.deadlines.map((d) => (
        <div key={d.id} className={d.overdue ? 'deadline overdue' : 'deadline'}>
          <dt>{d.label[lang]}</dt>
          <dd>
            {new Date(d.dueAt).toLocaleString(lang === 'nl' ? 'nl-BE' : 'en-GB', {
              timeZone: 'Europe/Brussels',
              dateStyle: 'medium',
              timeStyle: 'short',
            })}
            {' — '}
            {d.metAt !== null
              ? t('referral.deadlineMet')
              : d.overdue
                ? t('referral.deadlineOverdue', { hours: -left(d.dueAt, now) })
                : t('referral.deadlineLeft', { hours: left(d.dueAt, now) })}
          </dd>
        </div>
      ))}
      {referral.durationEndsAt === null ? null : (
        <>
          <dt>{t('referral.durationEnds')}</dt>
          <dd>{formatDateTime(referral.durationEndsAt, lang)}</dd>
        </>
      )}
      {last === undefined ? null : (
        <>
          <dt>{t('referral.lastMessage')}</dt>
          <dd>
            {last.text} <span className="hint">— {last.by}</span>
          </dd>
        </>
      )}
    </dl>
  );
}
