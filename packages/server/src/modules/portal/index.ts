/** What other capabilities use of the family portal. */
export { portalRoutes } from './routes.ts';
export { familyLabelOf } from './queries.ts';
export { contactOf, organizerOf } from './contact.ts';
