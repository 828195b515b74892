import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './packages/server/src/db/schema.ts',
    './packages/server/src/db/identitySchema.ts',
    './packages/server/src/db/caseSchema.ts',
    './packages/server/src/db/auditSchema.ts',
    './packages/server/src/db/programmeSchema.ts',
  ],
  out: './packages/server/drizzle',
});
