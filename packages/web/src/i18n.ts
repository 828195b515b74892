/**
 * Dutch (nl-BE) first, English switchable; the choice is remembered on this device and, when
 * signed in, on the account. The family
 * portal speaks five more languages (French, Arabic right to left, Turkish, Polish, Ukrainian).
 * Only Dutch comes with the first page: every other language's texts load when chosen, so a
 * phone downloads one language, not seven.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './locales/nl.json';
import { sendJson } from './api.ts';

export type Language = 'nl' | 'en';
export const portalLanguages = ['nl', 'en', 'fr', 'ar', 'tr', 'pl', 'uk'] as const;
export type PortalLanguage = (typeof portalLanguages)[number];
const STORAGE_KEY = 'omringd.language';

/** Each language in its own name, and which way it is written. */
export const languageNames: Record<PortalLanguage, { name: string; dir: 'ltr' | 'rtl' }> = {
  nl: { name: 'Nederlands', dir: 'ltr' },
  en: { name: 'English', dir: 'ltr' },
  fr: { name: 'Français', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
  tr: { name: 'Türkçe', dir: 'ltr' },
  pl: { name: 'Polski', dir: 'ltr' },
  uk: { name: 'Українська', dir: 'ltr' },
};

const loaders: Record<Exclude<PortalLanguage, 'nl'>, () => Promise<{ default: object }>> = {
  en: () => import('./locales/en.json'),
  fr: () => import('./locales/portal/fr.json'),
  ar: () => import('./locales/portal/ar.json'),
  tr: () => import('./locales/portal/tr.json'),
  pl: () => import('./locales/portal/pl.json'),
  uk: () => import('./locales/portal/uk.json'),
};

const isPortalLanguage = (value: string | null): value is PortalLanguage =>
  (portalLanguages as readonly (string | null)[]).includes(value);

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl } },
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
});

/** Shows the language, its texts loaded first; `keep` remembers it on this device. */
async function show(language: PortalLanguage, keep: boolean): Promise<void> {
  if (language !== 'nl' && !i18n.hasResourceBundle(language, 'translation'))
    i18n.addResourceBundle(language, 'translation', (await loaders[language]()).default);
  if (keep) window.localStorage.setItem(STORAGE_KEY, language);
  await i18n.changeLanguage(language);
}

/** The language kept on the signed-in account (null: nobody signed in on this page). */
let onAccount: PortalLanguage | null = null;

/** A choice made while signed in is kept on the account too, for the next device. */
async function choose(language: PortalLanguage): Promise<void> {
  await show(language, true);
  if (onAccount === null || onAccount === language) return;
  const saved = await sendJson<{ language: PortalLanguage }>('PUT', '/api/v1/auth/language', {
    language,
  });
  // Not kept on the account (the session ended meanwhile): it is still kept on this device.
  if (saved.ok) onAccount = saved.value.language;
}

export function setLanguage(language: Language): void {
  void choose(language);
}

/** A language of the family portal, kept on this device and on the account. */
export function setPortalLanguage(language: PortalLanguage): Promise<void> {
  return choose(language);
}

/**
 * Signed in: the language chosen once on the account comes back on this device too (a parent
 * who chose Arabic on one phone reads Arabic on the next). Signed out: nothing is followed.
 */
export function followAccountLanguage(language: string | null): void {
  onAccount = isPortalLanguage(language) ? language : null;
  if (onAccount !== null && onAccount !== i18n.language) void show(onAccount, true);
}

/** Whether a native speaker has reviewed the language's texts (each locale file says so). */
export function reviewedByNativeSpeaker(language: string): boolean {
  const meta = i18n.getResource(language, 'translation', '_meta') as
    { reviewedByNativeSpeaker?: boolean } | undefined;
  return meta?.reviewedByNativeSpeaker === true;
}

function markDocument(language: string): void {
  document.documentElement.lang = language === 'nl' ? 'nl-BE' : language;
  document.documentElement.dir = isPortalLanguage(language) ? languageNames[language].dir : 'ltr';
}

i18n.on('languageChanged', markDocument);
markDocument(i18n.language);

/**
 * The language asked for in the address (?lang=en), else the one chosen earlier on this device,
 * comes back before the first page shows (its texts load first), so it never flashes Dutch.
 */
function initialLanguage(): PortalLanguage | null {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isPortalLanguage(fromUrl)) return fromUrl;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return isPortalLanguage(stored) ? stored : null;
}
const initial = initialLanguage();
export const languageReady: Promise<void> =
  initial === null || initial === 'nl'
    ? Promise.resolve()
    : // Without its texts (offline, never loaded), the page shows in Dutch rather than not at all.
      show(initial, true).catch(() => undefined);

export default i18n;
