/** The signed-in user as the access layer sees them: memberships, roles, resolved rights. */
import { isRole, rightsOf, type Right, type Role } from '@omringd/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { memberships, teams, users } from '../platform/db/identitySchema.ts';
import { organizations } from '../platform/db/schema.ts';

export type Membership = {
  id: string;
  organizationId: string;
  organizationName: string;
  teamId: string | null;
  teamName: string | null;
  role: Role;
  /** Provinces whose social map a network coordinator manages. */
  regionProvinces: string[];
};

export type Principal = {
  userId: string;
  email: string;
  displayName: string;
  locale: 'nl' | 'en';
  /** The work phone referrers see when this person is their contact person. */
  phone: string | null;
  memberships: Membership[];
  roles: Role[];
  rights: ReadonlySet<Right>;
  sessionId: string;
  csrfToken: string;
};

export async function loadMemberships(db: Db, userId: string): Promise<Membership[]> {
  const found = await db
    .select({
      id: memberships.id,
      organizationId: memberships.organizationId,
      organizationName: organizations.name,
      teamId: memberships.teamId,
      teamName: teams.name,
      role: memberships.role,
      regionProvinces: memberships.regionProvinces,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(teams, eq(teams.id, memberships.teamId))
    .where(eq(memberships.userId, userId))
    .orderBy(memberships.createdAt);
  // A role the code no longer knows grants nothing.
  return found.flatMap((m) => (isRole(m.role) ? [{ ...m, role: m.role }] : []));
}

export async function loadPrincipal(
  db: Db,
  userId: string,
  session: { id: string; csrfToken: string },
): Promise<Principal | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (user?.status !== 'active') return null;
  const held = await loadMemberships(db, userId);
  const roles = [...new Set(held.map((m) => m.role))];
  return {
    userId,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    phone: user.phone,
    memberships: held,
    roles,
    rights: rightsOf(roles),
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}

/** The membership through which a right is used (for the audit row's role and organisation). */
export function membershipWith(
  principal: Principal,
  right: Right,
  organizationId?: string,
): Membership | undefined {
  const holding = principal.memberships.filter((m) => rightsOf([m.role]).has(right));
  return holding.find((m) => m.organizationId === organizationId) ?? holding[0];
}
