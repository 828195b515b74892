/**
 * The demo's staff in the database, and the check that keeps the demo away from real accounts: a
 * data directory with one real account never runs as a demo.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { memberships, users } from '../../platform/db/identitySchema.ts';
import { organizations } from '../../platform/db/schema.ts';
import { demoCast } from './cast.ts';

export async function refuseRealAccounts(db: Db): Promise<void> {
  const [real] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.demo, false))
    .limit(1);
  if (real !== undefined)
    throw new Error(
      'This data directory holds real accounts, so it cannot run as the demo. Run `npm run demo` (it keeps its own directory, ./data-demo), or set OMRINGD_DATA_DIR to an empty directory.',
    );
}

/** Writes the cast once; returns how many people were added. */
export async function seedDemoStaff(db: Db, now: Date): Promise<number> {
  const orgs = await db
    .select({ id: organizations.id, key: organizations.key })
    .from(organizations)
    .where(
      inArray(
        organizations.key,
        demoCast.map((p) => p.organizationKey),
      ),
    );
  let added = 0;
  for (const person of demoCast) {
    const organizationId = orgs.find((o) => o.key === person.organizationKey)?.id;
    if (organizationId === undefined)
      throw new Error(
        `The demo needs the organisation "${person.organizationKey}" of the seed social map; run \`npm run omringd -- seed\` first.`,
      );
    const [known] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, person.email), eq(users.demo, true)));
    if (known !== undefined) continue;
    const id = randomUUID();
    await db.insert(users).values({
      id,
      email: person.email,
      displayName: person.name,
      phone: person.phone,
      status: 'active',
      demo: true,
      createdAt: now,
    });
    await db.insert(memberships).values({
      id: randomUUID(),
      userId: id,
      organizationId,
      role: person.role,
      regionProvinces: person.regionProvinces ?? [],
      createdAt: now,
    });
    added += 1;
  }
  return added;
}

/** The cast as the sign-in page lists it: who, what they do, and their account's id. */
export async function demoPeople(db: Db) {
  const found = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.demo, true));
  return demoCast.flatMap((person) => {
    const account = found.find((f) => f.email === person.email);
    return account === undefined
      ? []
      : [
          {
            id: account.id,
            key: person.key,
            name: person.name,
            role: person.role,
            about: person.about,
          },
        ];
  });
}
