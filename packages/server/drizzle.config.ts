import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './packages/server/src/platform/db/schema.ts',
    './packages/server/src/platform/db/identitySchema.ts',
    './packages/server/src/kernel/tables/caseSchema.ts',
    './packages/server/src/kernel/tables/caseFileSchema.ts',
    './packages/server/src/kernel/tables/careTableSchema.ts',
    './packages/server/src/kernel/tables/carePlanSchema.ts',
    './packages/server/src/kernel/tables/budgetSchema.ts',
    './packages/server/src/kernel/tables/waitingSchema.ts',
    './packages/server/src/kernel/tables/homeVisitSchema.ts',
    './packages/server/src/kernel/audit/auditSchema.ts',
    './packages/server/src/kernel/tables/notificationSchema.ts',
    './packages/server/src/platform/db/programmeSchema.ts',
  ],
  out: './packages/server/drizzle',
});
