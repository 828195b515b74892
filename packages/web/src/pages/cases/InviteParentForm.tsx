/**
 * The case coordinator invites a parent of the family to the family portal: which adult, their
 * e-mail address or (for a parent who reads text messages, not e-mail) their mobile number, and
 * the language of the message. The link reaches the parent through the outbox.
 * A child of 12 or older can be invited too, with the reason for a view of their own recorded.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayHaveOwnView, type FamilyMember } from '@omringd/core';
import { sendJson, type ApiError } from '../../api.ts';
import { languageNames, portalLanguages, type PortalLanguage } from '../../i18n.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';

type Adult = Extract<FamilyMember, { kind: 'adult' }>;
type Child = Extract<FamilyMember, { kind: 'child' }>;

export function InviteParentForm({ caseId, members }: { caseId: string; members: FamilyMember[] }) {
  const { t } = useTranslation();
  const id = useId();
  const adults = members.filter((m): m is Adult => m.kind === 'adult');
  const children = members.filter(
    (m): m is Child =>
      m.kind === 'child' && m.name !== '' && mayHaveOwnView(m.birthDate, new Date()),
  );
  const [memberId, setMemberId] = useState(adults[0]?.id ?? '');
  const [decision, setDecision] = useState('');
  const [email, setEmail] = useState('');
  const [channel, setChannel] = useState<'email' | 'sms'>('email');
  const [mobile, setMobile] = useState('');
  const [locale, setLocale] = useState<PortalLanguage>('nl');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  if (adults.length === 0) return <p>{t('portal.noAdults')}</p>;
  const chosen = [...adults, ...children].some((a) => a.id === memberId)
    ? memberId
    : (adults[0]?.id ?? '');
  const forChild = children.some((c) => c.id === chosen);
  return (
    <form
      aria-labelledby={`${id}-title`}
      className="invite-parent"
      onSubmit={(event) => {
        event.preventDefault();
        void sendJson<{ email: string | null; mobile: string | null }>(
          'POST',
          `/api/v1/cases/${caseId}/parents`,
          {
            memberId: chosen,
            ...(channel === 'email' ? { email } : { mobile }),
            locale,
            ...(forChild ? { decision } : {}),
          },
        ).then((r) => {
          if (!r.ok) {
            setError(r.error);
            setStatus('');
            return;
          }
          setError(null);
          setEmail('');
          setMobile('');
          setStatus(t('portal.invited', { email: r.value.email ?? r.value.mobile ?? '' }));
        });
      }}
    >
      <h3 id={`${id}-title`}>{t('portal.inviteTitle')}</h3>
      <p className="hint">{t('portal.inviteIntro')}</p>
      <ErrorMessage error={error} />
      <div className="field">
        <label htmlFor={`${id}-who`}>{t('portal.inviteWho')}</label>
        <select
          id={`${id}-who`}
          value={chosen}
          onChange={(e) => {
            setMemberId(e.target.value);
          }}
        >
          {adults.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({t(`caseFile.roles.${a.role}`)})
            </option>
          ))}
          {children.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({t('portal.inviteChild')})
            </option>
          ))}
        </select>
      </div>
      {forChild ? (
        <div className="field">
          <label htmlFor={`${id}-decision`}>{t('portal.inviteChildWhy')}</label>
          <p className="hint" id={`${id}-decision-hint`}>
            {t('portal.inviteChildHint')}
          </p>
          <textarea
            id={`${id}-decision`}
            aria-describedby={`${id}-decision-hint`}
            value={decision}
            required
            minLength={10}
            maxLength={1000}
            rows={3}
            onChange={(e) => {
              setDecision(e.target.value);
            }}
          />
        </div>
      ) : null}
      <fieldset className="field">
        <legend>{t('portal.inviteBy')}</legend>
        {(['email', 'sms'] as const).map((c) => (
          <label key={c} className="choice">
            <input
              type="radio"
              name={`${id}-channel`}
              value={c}
              checked={channel === c}
              onChange={() => {
                setChannel(c);
              }}
            />{' '}
            {t(c === 'email' ? 'portal.inviteByEmail' : 'portal.inviteBySms')}
          </label>
        ))}
      </fieldset>
      {channel === 'email' ? (
        <FormField
          id={`${id}-email`}
          label={t('portal.inviteEmail')}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => {
            setEmail(e.target.value);
          }}
        />
      ) : (
        <FormField
          id={`${id}-mobile`}
          label={t('portal.inviteMobile')}
          hint={t('portal.inviteMobileHint')}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          required
          value={mobile}
          onChange={(e) => {
            setMobile(e.target.value);
          }}
        />
      )}
      <div className="field">
        <label htmlFor={`${id}-locale`}>{t('portal.inviteLanguage')}</label>
        <select
          id={`${id}-locale`}
          value={locale}
          onChange={(e) => {
            const chosenLanguage = portalLanguages.find((l) => l === e.target.value);
            if (chosenLanguage !== undefined) setLocale(chosenLanguage);
          }}
        >
          {portalLanguages.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageNames[l].name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('portal.inviteSend')}</button>
      <p role="status" className="status">
        {status}
      </p>
    </form>
  );
}
