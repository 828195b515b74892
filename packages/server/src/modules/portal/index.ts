/** What other capabilities use of the family portal. */
export { portalRoutes } from './routes.ts';
export { contactOf, familyLabelOf, organizerOf } from './queries.ts';
