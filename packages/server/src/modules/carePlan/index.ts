/** What other capabilities use of the care plan. */
export { carePlanRoutes } from './routes.ts';
export { planVersionsWithin, planWithin } from './readPlan.ts';
export { sweepPlans, type PlanSweepResult } from './evaluationSweep.ts';
export { planTasks } from './planTasks.ts';
export { closingRoutes } from './closingRoutes.ts';
export { addFamilyGoal } from './familyGoal.ts';
export { programmesOfCases } from './queries.ts';
