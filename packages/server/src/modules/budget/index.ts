/** What other capabilities use of the budget. */
export { budgetRoutes } from './routes.ts';
export { budgetTasks } from './budgetTasks.ts';
