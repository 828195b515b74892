/** What other capabilities use of the case file. */
export { caseRoutes } from './routes.ts';
export { openCase, type NewCase } from './openCase.ts';
export { sweepDurations, type DurationSweepResult } from './durationSweep.ts';
export { contactPersonOf, coordinatorsOf } from './queries.ts';
export { readCase, readCaseWith } from './readCase.ts';
export { listMyCases } from './listMyCases.ts';
