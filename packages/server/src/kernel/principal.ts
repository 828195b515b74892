/** The signed-in user as the access layer sees them: memberships, roles, resolved rights. */
import { isRole, rightsOf, type Language, type Right, type Role } from '@omringd/core';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { memberships, teams } from '../platform/db/identitySchema.ts';
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
  /** The sign-in name: the e-mail address, or a family account's mobile number. */
  email: string;
  displayName: string;
  locale: Language;
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

/** The memberships of the user a statement names, as one JSON value, oldest first. */
export const membershipsOf = (userId: SQL | string) => sql<MembershipJson[]>`(
  SELECT coalesce(json_agg(json_build_object('id', m.id, 'organizationId', m.organization_id,
    'organizationName', o.name, 'teamId', m.team_id, 'teamName', t.name, 'role', m.role,
    'regionProvinces', m.region_provinces) ORDER BY m.created_at), '[]'::json)
  FROM memberships m JOIN organizations o ON o.id = m.organization_id
  LEFT JOIN teams t ON t.id = m.team_id
  WHERE m.user_id = ${userId})`;

type MembershipJson = Omit<Membership, 'role'> & { role: string };

/** The account facts a principal is made of (one statement gathers them with the session). */
export type AccountFacts = {
  status: 'invited' | 'active' | 'deactivated';
  email: string;
  displayName: string;
  locale: Language;
  phone: string | null;
  memberships: MembershipJson[];
};

export function principalOf(
  userId: string,
  account: AccountFacts,
  session: { id: string; csrfToken: string },
): Principal | null {
  if (account.status !== 'active') return null;
  // A role the code no longer knows grants nothing.
  const held = account.memberships.flatMap((m) => (isRole(m.role) ? [{ ...m, role: m.role }] : []));
  const roles = [...new Set(held.map((m) => m.role))];
  return {
    userId,
    email: account.email,
    displayName: account.displayName,
    locale: account.locale,
    phone: account.phone,
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
