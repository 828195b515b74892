/** What other capabilities use of the waiting lists. */
export { waitingRoutes } from './routes.ts';
export { waitingFiguresWithin } from './figures.ts';
