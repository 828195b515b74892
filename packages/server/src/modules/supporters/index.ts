/** What other capabilities use of supporters. */
export { supporterRoutes } from './routes.ts';
