/**
 * A referral received by phone: the coordinator registers it in the referrer's name, then fills
 * in the form as usual. A referrer with an account follows it like their own; one without (a GP,
 * a school) is named with their organisation, phone and e-mail, and hears each step by e-mail.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';
import type { ProgrammeView } from './referralTypes.ts';

export function PhoneReferralPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const navigate = useNavigate();
  const [programmes, setProgrammes] = useState<ProgrammeView[]>([]);
  const [programmeKey, setProgrammeKey] = useState('');
  const [email, setEmail] = useState('');
  const [hasAccount, setHasAccount] = useState(true);
  const [outside, setOutside] = useState({ name: '', organization: '', phone: '', email: '' });
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void getJson<ProgrammeView[]>('/api/v1/programmes').then((r) => {
      if (r.ok) setProgrammes(r.value);
      else setError(r.error);
    });
  }, []);
  const fieldError = (name: string) => {
    const problem = error?.fields?.find((f) => f.field === name);
    if (problem === undefined) return undefined;
    if (name.startsWith('externalReferrer.')) return t(`phone.errors.${name}`);
    // A malformed address and an unknown one need different advice.
    return problem.message.startsWith('Type the e-mail')
      ? t('phone.errors.emailFormat')
      : t(`phone.errors.${name}`);
  };

  return (
    <div>
      <p>
        <Link to="/intake">{t('phone.back')}</Link>
      </p>
      <h1>{t('phone.title')}</h1>
      <p>{t('phone.intro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void sendJson<{ id: string }>('POST', '/api/v1/referrals', {
            programmeKey: programmeKey === '' ? undefined : programmeKey,
            ...(hasAccount
              ? { onBehalfOfEmail: email.trim() }
              : {
                  externalReferrer: {
                    name: outside.name,
                    organization: outside.organization,
                    phone: outside.phone,
                    email: outside.email.trim(),
                  },
                }),
          }).then(async (r) => {
            if (!r.ok) setError(r.error);
            else await navigate(`/aanmeldingen/${r.value.id}/bewerken`);
          });
        }}
      >
        <div className="field">
          <label htmlFor="phone-programme">{t('phone.programme')}</label>
          <select
            id="phone-programme"
            value={programmeKey}
            aria-invalid={fieldError('programmeKey') === undefined ? undefined : true}
            aria-describedby={
              fieldError('programmeKey') === undefined ? undefined : 'phone-programme-error'
            }
            onChange={(e) => {
              setProgrammeKey(e.target.value);
            }}
          >
            <option value="">{t('phone.chooseProgramme')}</option>
            {programmes.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name[lang]}
              </option>
            ))}
          </select>
          {fieldError('programmeKey') === undefined ? null : (
            <p className="error" id="phone-programme-error">
              {fieldError('programmeKey')}
            </p>
          )}
        </div>
        <fieldset>
          <legend>{t('phone.hasAccount')}</legend>
          <div className="choice">
            <input
              type="radio"
              id="phone-has-account"
              name="has-account"
              checked={hasAccount}
              onChange={() => {
                setHasAccount(true);
              }}
            />
            <label htmlFor="phone-has-account">{t('phone.withAccount')}</label>
          </div>
          <div className="choice">
            <input
              type="radio"
              id="phone-no-account"
              name="has-account"
              checked={!hasAccount}
              onChange={() => {
                setHasAccount(false);
              }}
            />
            <label htmlFor="phone-no-account">{t('phone.withoutAccount')}</label>
          </div>
        </fieldset>
        {hasAccount ? (
          <FormField
            id="phone-referrer"
            label={t('phone.referrerEmail')}
            hint={t('phone.referrerHint')}
            type="email"
            autoComplete="off"
            value={email}
            error={fieldError('onBehalfOfEmail')}
            onChange={(e) => {
              setEmail(e.target.value);
            }}
          />
        ) : (
          <>
            {(['name', 'organization', 'phone', 'email'] as const).map((field) => (
              <FormField
                key={field}
                id={`outside-${field}`}
                label={t(`phone.outside.${field}`)}
                type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
                autoComplete="off"
                value={outside[field]}
                error={fieldError(`externalReferrer.${field}`)}
                onChange={(e) => {
                  setOutside({ ...outside, [field]: e.target.value });
                }}
              />
            ))}
            <p className="hint">{t('phone.outsideHint')}</p>
          </>
        )}
        {error !== null && error.fields === undefined ? <ErrorMessage error={error} /> : null}
        <button type="submit" className="primary">
          {t('phone.start')}
        </button>
      </form>
    </div>
  );
}
