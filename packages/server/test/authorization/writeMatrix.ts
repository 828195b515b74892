/** npm run docs:matrix: writes docs/authorization-matrix.md from the matrix. */
import { writeFile } from 'node:fs/promises';
import { renderMatrix } from './render.ts';

await writeFile(
  new URL('../../../../docs/authorization-matrix.md', import.meta.url),
  renderMatrix(),
);
console.log('Wrote docs/authorization-matrix.md');
