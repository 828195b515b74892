/** What other capabilities use of the case file's family. */
export { caseFileRoutes } from './routes.ts';
export { startFamily } from './startFamily.ts';
