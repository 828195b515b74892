/**
 * What the referrer wrote, as the receiving coordinator reads it: the family, the concern made
 * concrete, regular help tried, situations and pre-referral steps, consent with who and when,
 * and the eligibility as it was when sent.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getJson, type ServiceDetail } from '../../api.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { concernFields, type ProgrammeView, type Referral } from './referralTypes.ts';

export function ReferralDetails({ referral }: { referral: Referral }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [programme, setProgramme] = useState<ProgrammeView | null>(null);
  const [services, setServices] = useState<{ id: string; name: string }[]>([]);
  const { family, concern } = referral.content;
  const tried = concern.servicesTried;

  useEffect(() => {
    if (referral.programmeKey === null) return;
    void getJson<ProgrammeView>(`/api/v1/programmes/${referral.programmeKey}`).then((r) => {
      if (r.ok) setProgramme(r.value);
    });
  }, [referral.programmeKey]);
  const triedKey = tried.join(',');
  useEffect(() => {
    const ids = triedKey === '' ? [] : triedKey.split(',');
    void Promise.all(ids.map((id) => getJson<ServiceDetail>(`/api/v1/services/${id}`))).then(
      (answers) => {
        setServices(
          answers.map((a, i) => ({
            id: ids[i] ?? '',
            name: a.ok ? a.value.name : t('regularHelp.unknownService'),
          })),
        );
      },
    );
  }, [triedKey, t]);

  const labelOf = (list: ProgrammeView['checklist'] | undefined, id: string) =>
    list?.find((item) => item.id === id)?.label[lang] ?? id;
  const languageNames = new Intl.DisplayNames([lang === 'en' ? 'en' : 'nl-BE'], {
    type: 'language',
  });
  const consent = referral.consent;

  return (
    <>
      <section aria-labelledby="family-details">
        <h2 id="family-details">{t('referral.family')}</h2>
        <dl className="facts">
          <dt>{t('details.parents')}</dt>
          <dd>{family.parents.map((p) => p.name).join(', ') || '—'}</dd>
          <dt>{t('details.children')}</dt>
          <dd>
            <ul className="plain">
              {family.children.map((child, i) => (
                <li key={i}>
                  {child.born
                    ? t('details.bornOn', {
                        name: child.name || t('details.child'),
                        date: child.birthDate === '' ? '—' : formatDate(child.birthDate, lang),
                      })
                    : t('details.expectedOn', {
                        date: child.dueDate === '' ? '—' : formatDate(child.dueDate, lang),
                      })}
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('details.address')}</dt>
          <dd>{[family.street, family.postalCode].filter(Boolean).join(', ') || '—'}</dd>
          <dt>{t('referral.language')}</dt>
          <dd>
            {languageNames.of(family.language) ?? family.language}
            {family.interpreterNeeded ? ` — ${t('referral.interpreter')}` : ''}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="concern-details">
        <h2 id="concern-details">{t('referral.concern')}</h2>
        <dl className="facts">
          {concernFields.map((field) => {
            const value = concern[field];
            return value.trim() !== '' ? (
              <div key={field}>
                <dt>{t(`referral.concernFields.${field}`)}</dt>
                <dd className="pre-line">{value}</dd>
              </div>
            ) : null;
          })}
        </dl>
        {services.length === 0 ? null : (
          <>
            <h3>{t('regularHelp.tried')}</h3>
            <ul className="plain">
              {services.map((s) => (
                <li key={s.id}>
                  <Link to={`/diensten/${s.id}`}>{s.name}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {programme === null ? null : (
        <section aria-labelledby="criteria-details">
          <h2 id="criteria-details">{t('details.criteria')}</h2>
          <dl className="facts">
            <dt>{t('programmeEditor.situations')}</dt>
            <dd>
              {referral.content.situations
                .map((id) => labelOf(programme.situations.items, id))
                .join('; ') || '—'}
            </dd>
            <dt>{t('referral.conditions')}</dt>
            <dd>
              {referral.content.conditions
                .map((id) => labelOf(programme.conditions, id))
                .join('; ') || '—'}
            </dd>
            <dt>{t('referral.checklist')}</dt>
            <dd>
              {referral.content.checklist
                .map((id) => labelOf(programme.checklist, id))
                .join('; ') || '—'}
            </dd>
            {referral.content.ineligibleJustification === null ? null : (
              <>
                <dt>{t('referral.justification')}</dt>
                <dd>{referral.content.ineligibleJustification}</dd>
              </>
            )}
          </dl>
        </section>
      )}

      <section aria-labelledby="consent-details">
        <h2 id="consent-details">{t('referral.consent')}</h2>
        <dl className="facts">
          <dt>{t('details.discussed')}</dt>
          <dd>
            {consent.discussedWithParents === null
              ? t('details.notYet')
              : t('details.byAt', {
                  name: consent.discussedWithParents.by,
                  at: formatDateTime(consent.discussedWithParents.at, lang),
                })}
          </dd>
          <dt>{t('details.agreement')}</dt>
          <dd>
            {t(`referral.agreement.${consent.agreementToShare}`)}
            {consent.agreementRecorded === null
              ? ''
              : ` — ${t('details.byAt', {
                  name: consent.agreementRecorded.by,
                  at: formatDateTime(consent.agreementRecorded.at, lang),
                })}`}
          </dd>
          {consent.legalBasis === null ? null : (
            <>
              <dt>{t('details.legalBasis')}</dt>
              <dd>{consent.legalBasis}</dd>
            </>
          )}
        </dl>
      </section>
    </>
  );
}
