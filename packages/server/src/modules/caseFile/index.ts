/** What other capabilities use of the case file. */
export { caseFileRoutes } from './routes.ts';
export { casePartRoutes } from './partRoutes.ts';
export { startFamily } from './startFamily.ts';
export {
  assessmentWithin,
  caseThemesWithin,
  familyDetailsWithin,
  familyWithin,
  networkWithin,
  noteInTimeline,
  scoresWithin,
} from './readWithin.ts';
export { caseHasBornChild } from './bornChild.ts';
export { scoreWithin } from './scores.ts';
