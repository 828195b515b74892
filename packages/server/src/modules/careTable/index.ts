/** What other capabilities use of the care table. */
export { careTableRoutes } from './routes.ts';
export { meetingsWithin } from './readMeetings.ts';
