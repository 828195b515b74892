/**
 * Reads a text aloud with the browser's own speech synthesis, in the page's language: for parents
 * who read little or read Dutch with difficulty. Hidden where the browser cannot speak.
 */
import { useTranslation } from 'react-i18next';

const voiceLanguage: Record<string, string> = {
  nl: 'nl-BE',
  en: 'en-GB',
  fr: 'fr-BE',
  ar: 'ar',
  tr: 'tr-TR',
  pl: 'pl-PL',
  uk: 'uk-UA',
};

export function ReadAloud({ text, label }: { text: string; label: string }) {
  const { t, i18n } = useTranslation();
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  return (
    <button
      type="button"
      className="read-aloud"
      onClick={() => {
        window.speechSynthesis.cancel();
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = voiceLanguage[i18n.language] ?? i18n.language;
        window.speechSynthesis.speak(utterance);
      }}
    >
      <span aria-hidden="true">🔊</span> {t('portal.readAloud')}
      <span className="visually-hidden">: {label}</span>
    </button>
  );
}
