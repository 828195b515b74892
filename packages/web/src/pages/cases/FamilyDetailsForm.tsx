/** What the family wants to be called, where they live, their language and whether an interpreter is needed. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyDetails } from '@omringd/core';

type Basics = Omit<FamilyDetails, 'members'>;

export function FamilyDetailsForm(props: {
  details: FamilyDetails;
  onSave: (basics: Basics) => void;
}) {
  const { t } = useTranslation();
  const heading = useId();
  const ids = {
    called: useId(),
    street: useId(),
    postal: useId(),
    language: useId(),
    interpreter: useId(),
  };
  const [basics, setBasics] = useState<Basics>({
    calledName: props.details.calledName,
    street: props.details.street,
    postalCode: props.details.postalCode,
    language: props.details.language,
    interpreterNeeded: props.details.interpreterNeeded,
  });
  const [postalWrong, setPostalWrong] = useState(false);
  const text = (key: 'calledName' | 'street' | 'language') => ({
    value: basics[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      setBasics({ ...basics, [key]: e.target.value });
    },
  });
  return (
    <form
      className="panel"
      aria-labelledby={heading}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const wrong = basics.postalCode !== null && !/^\d{4}$/.test(basics.postalCode);
        setPostalWrong(wrong);
        if (!wrong) props.onSave(basics);
      }}
    >
      <h3 id={heading}>{t('caseFile.details')}</h3>
      <div className="field">
        <label htmlFor={ids.called}>{t('caseFile.calledName')}</label>
        <input id={ids.called} {...text('calledName')} />
      </div>
      <div className="field">
        <label htmlFor={ids.street}>{t('caseFile.street')}</label>
        <input id={ids.street} autoComplete="street-address" {...text('street')} />
      </div>
      <div className="field">
        <label htmlFor={ids.postal}>{t('caseFile.postalCode')}</label>
        <input
          id={ids.postal}
          inputMode="numeric"
          autoComplete="postal-code"
          value={basics.postalCode ?? ''}
          aria-invalid={postalWrong}
          aria-describedby={postalWrong ? `${ids.postal}-error` : undefined}
          onChange={(e) => {
            setBasics({
              ...basics,
              postalCode: e.target.value.trim() === '' ? null : e.target.value.trim(),
            });
          }}
        />
        {postalWrong ? (
          <p className="error" id={`${ids.postal}-error`}>
            {t('caseFile.postalCodeWrong')}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={ids.language}>{t('caseFile.language')}</label>
        <input id={ids.language} {...text('language')} />
      </div>
      <div className="field checkbox">
        <input
          id={ids.interpreter}
          type="checkbox"
          checked={basics.interpreterNeeded}
          onChange={(e) => {
            setBasics({ ...basics, interpreterNeeded: e.target.checked });
          }}
        />
        <label htmlFor={ids.interpreter}>{t('caseFile.interpreterNeeded')}</label>
      </div>
      <button type="submit" className="button">
        {t('caseFile.saveDetails')}
      </button>
    </form>
  );
}
