/** What other capabilities use of home visits. */
export { homeVisitRoutes } from './routes.ts';
export { visitsWithin } from './teamVisits.ts';
export { sweepVisitReminders } from './reminders.ts';
