/**
 * An icon per life domain, from Tabler Icons (MIT licence): their outline drawings as SVG paths,
 * read once from the package's node list.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { LifeDomainKey } from '@omringd/core';

const names: Record<LifeDomainKey, string> = {
  administration: 'file-text',
  finances: 'coin-euro',
  parenting: 'heart-handshake',
  mental_wellbeing: 'mood-smile',
  school: 'school',
  housing: 'home',
  health: 'stethoscope',
  work: 'briefcase',
  childcare: 'baby-carriage',
  leisure: 'ball-football',
};

type Nodes = Record<string, [string, Record<string, string>][]>;
let paths: Record<LifeDomainKey, string[]> | undefined;

/** The path data of each domain's icon (24 × 24, drawn with a 2-unit stroke). */
export function domainIcons(): Record<LifeDomainKey, string[]> {
  if (paths !== undefined) return paths;
  const file = createRequire(import.meta.url).resolve('@tabler/icons/tabler-nodes-outline.json');
  const nodes = JSON.parse(readFileSync(file, 'utf8')) as Nodes;
  const found = {} as Record<LifeDomainKey, string[]>;
  for (const [domain, name] of Object.entries(names) as [LifeDomainKey, string][]) {
    const drawing = nodes[name];
    if (drawing === undefined) throw new Error(`Tabler Icons has no icon "${name}".`);
    found[domain] = drawing.flatMap(([tag, attrs]) =>
      tag === 'path' && attrs.d !== undefined ? [attrs.d] : [],
    );
  }
  paths = found;
  return found;
}
