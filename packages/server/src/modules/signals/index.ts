/** What other capabilities use of the signals. */
export { signalRoutes } from './routes.ts';
