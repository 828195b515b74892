/**
 * "Check your answers" before sending: everything the referral says, per step, each with a link
 * to change it. Empty answers say so, so nothing is sent by mistake.
 */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import type { ReferralStep } from './fieldTarget.ts';
import { concernFields, type ProgrammeView, type Referral } from './referralTypes.ts';

type Draft = Referral['content'];
type Props = { draft: Draft; programme: ProgrammeView | null; onGo: (s: ReferralStep) => void };

function Section({
  step,
  title,
  children,
  onGo,
}: {
  step: ReferralStep;
  title: string;
  children: React.ReactNode;
  onGo: (s: ReferralStep) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="check-section" aria-labelledby={`check-${step}`}>
      <div className="check-head">
        <h3 id={`check-${step}`}>{title}</h3>
        <button
          type="button"
          className="link"
          aria-label={t('check.changeLabel', { section: title })}
          onClick={() => {
            onGo(step);
          }}
        >
          {t('check.change')}
        </button>
      </div>
      <dl className="facts">{children}</dl>
    </section>
  );
}

export function CheckAnswers({ draft, programme, onGo }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const none = t('check.none');
  const or = (value: string) => (value.trim() === '' ? none : value);
  const labelsOf = (ids: string[], items: ProgrammeView['checklist']) =>
    ids.length === 0
      ? none
      : ids.map((id) => items.find((i) => i.id === id)?.label[lang] ?? id).join('; ');
  const { family } = draft;
  return (
    <div className="check-answers">
      <Section step="gezin" title={t('referral.family')} onGo={onGo}>
        <dt>{t('check.parents')}</dt>
        <dd>
          {family.parents.length === 0 ? none : family.parents.map((p) => or(p.name)).join(', ')}
        </dd>
        <dt>{t('check.children')}</dt>
        <dd>
          {family.children.length === 0
            ? none
            : family.children
                .map((c) =>
                  c.born
                    ? `${or(c.name)} — ${t('referral.birthDate')}: ${c.birthDate === '' ? none : formatDate(c.birthDate, lang)}`
                    : `${t('check.unborn')} — ${t('referral.dueDate')}: ${c.dueDate === '' ? none : formatDate(c.dueDate, lang)}`,
                )
                .join('; ')}
        </dd>
        <dt>{t('referral.postalCode')}</dt>
        <dd>{family.postalCode ?? none}</dd>
        <dt>{t('referral.street')}</dt>
        <dd>{or(family.street)}</dd>
        <dt>{t('referral.language')}</dt>
        <dd>
          {or(family.language)}
          {family.interpreterNeeded ? ` — ${t('referral.interpreter')}` : ''}
        </dd>
      </Section>
      <Section step="zorg" title={t('referral.concern')} onGo={onGo}>
        {concernFields.map((field) => (
          <div key={field}>
            <dt>{t(`referral.concernFields.${field}`)}</dt>
            <dd className="long-answer">{or(draft.concern[field])}</dd>
          </div>
        ))}
        <dt>{t('check.servicesTried')}</dt>
        <dd>{t('check.servicesTriedCount', { count: draft.concern.servicesTried.length })}</dd>
      </Section>
      <Section step="voorwaarden" title={t('formSteps.names.voorwaarden')} onGo={onGo}>
        {programme === null ? null : (
          <>
            <dt>{t('check.situations')}</dt>
            <dd>{labelsOf(draft.situations, programme.situations.items)}</dd>
            {programme.conditions.length === 0 ? null : (
              <>
                <dt>{t('referral.conditions')}</dt>
                <dd>{labelsOf(draft.conditions, programme.conditions)}</dd>
              </>
            )}
            <dt>{t('referral.checklist')}</dt>
            <dd>{labelsOf(draft.checklist, programme.checklist)}</dd>
          </>
        )}
        <dt>{t('referral.consent')}</dt>
        <dd>
          {draft.discussedWithParents ? t('check.discussedYes') : t('check.discussedNo')}.{' '}
          {t(`referral.agreement.${draft.agreementToShare}`)}
          {draft.legalBasis === null ? '' : ` — ${draft.legalBasis}`}
        </dd>
        {draft.ineligibleJustification === null ? null : (
          <>
            <dt>{t('referral.justification')}</dt>
            <dd className="long-answer">{draft.ineligibleJustification}</dd>
          </>
        )}
      </Section>
    </div>
  );
}
