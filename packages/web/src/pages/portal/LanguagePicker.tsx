/**
 * The family's language, chosen once and kept on this phone: every language in its own name and
 * script. A language no native speaker has reviewed says so, in that language.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  languageNames,
  portalLanguages,
  reviewedByNativeSpeaker,
  setPortalLanguage,
  type PortalLanguage,
} from '../../i18n.ts';

const isPortalLanguage = (value: string): value is PortalLanguage =>
  (portalLanguages as readonly string[]).includes(value);

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = isPortalLanguage(i18n.language) ? i18n.language : 'nl';
  return (
    <div className="portal-language">
      <label htmlFor={id}>
        {t('portal.language')}
        {current === 'nl' ? null : <span lang="nl-BE"> / Taal</span>}
      </label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          if (isPortalLanguage(e.target.value)) void setPortalLanguage(e.target.value);
        }}
      >
        {portalLanguages.map((language) => (
          <option
            key={language}
            value={language}
            lang={language === 'nl' ? 'nl-BE' : language}
            dir={languageNames[language].dir}
          >
            {languageNames[language].name}
          </option>
        ))}
      </select>
      {reviewedByNativeSpeaker(current) ? null : (
        <p className="hint portal-unreviewed">{t('portal.unreviewed')}</p>
      )}
    </div>
  );
}
