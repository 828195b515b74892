/** What other capabilities use of the task list. */
export { taskRoutes } from './routes.ts';
