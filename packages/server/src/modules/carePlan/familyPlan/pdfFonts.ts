/**
 * The fonts of Omringd's printed papers: IBM Plex Sans Arabic and Noto Sans (both OFL, from
 * Fontsource), registered once with react-pdf, and the colours they print in.
 */
import { createRequire } from 'node:module';
import { Font } from '@react-pdf/renderer';
import { mapArabicLigaturesVisually } from './ligatures.ts';

export const ink = '#1b1f24';
export const brand = '#0b5d4b';

const fontFile = (path: string) => createRequire(import.meta.url).resolve(`@fontsource/${path}`);
let registered = false;
export function registerFonts(): void {
  if (registered) return;
  mapArabicLigaturesVisually(
    fontFile('ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff'),
  );
  Font.register({
    family: 'Latin',
    fonts: [
      { src: fontFile('noto-sans/files/noto-sans-latin-400-normal.woff') },
      { src: fontFile('noto-sans/files/noto-sans-latin-700-normal.woff'), fontWeight: 700 },
    ],
  });
  Font.register({
    family: 'Arabic',
    fonts: [
      { src: fontFile('ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff') },
      {
        src: fontFile('ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-700-normal.woff'),
        fontWeight: 700,
      },
    ],
  });
  // Words are never broken: a parent reading slowly, or in a second language, reads whole words.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
