/**
 * Copying and extracting Arabic from the printed plan gives the letters in reading order.
 * Readers (pdf.js, PDFium) take a right-to-left run's letters in visual order and reverse the
 * whole string; a ligature glyph (lam-alef, and the other ligatures of the Arabic font) maps to
 * two or more letters in reading order, which that reversal swaps ("الا" became "اال"). So the
 * mapping of an Arabic ligature is stored in visual order: the reversal puts it right. fontkit
 * keeps one glyph object per glyph id, made the first time it is asked for; the hook makes it so.
 */
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';

type Glyph = { codePoints: number[] };
type GetGlyph = (this: GlyphSource, id: number, characters?: number[]) => Glyph | null;
type GlyphSource = { getGlyph: GetGlyph };

const arabic = (cp: number) =>
  (cp >= 0x0600 && cp <= 0x06ff) ||
  (cp >= 0x0750 && cp <= 0x077f) ||
  (cp >= 0xfb50 && cp <= 0xfeff);

let hooked = false;

/** Once, on the font class the Arabic font is an instance of (the one fontkit react-pdf uses). */
export function mapArabicLigaturesVisually(fontFile: string): void {
  if (hooked) return;
  let proto = Object.getPrototypeOf(fontkit.create(readFileSync(fontFile))) as object | null;
  while (proto !== null && !Object.prototype.hasOwnProperty.call(proto, 'getGlyph'))
    proto = Object.getPrototypeOf(proto) as object | null;
  if (proto === null) throw new Error('fontkit fonts have no getGlyph: its API changed.');
  const source = proto as GlyphSource;
  const made = source.getGlyph;
  source.getGlyph = function (this: GlyphSource, id: number, characters: number[] = []) {
    const known = made.call(this, id, characters);
    if (known === null) return known;
    // A glyph first made without letters (a component, a lookup) gets them when it is drawn.
    if (known.codePoints.length === 0 && characters.length > 0) known.codePoints = [...characters];
    if (
      known.codePoints.length > 1 &&
      known.codePoints.every(arabic) &&
      !(known as { reversed?: boolean }).reversed
    ) {
      known.codePoints = [...known.codePoints].reverse();
      (known as { reversed?: boolean }).reversed = true;
    }
    return known;
  };
  hooked = true;
}
