/**
 * Roles and what each may do, as data. A role is held through a membership (organisation, team);
 * rights are resolved from the roles of all of a user's memberships. Family data itself is never
 * granted by a role alone: the case relationship decides (see caseAccess.ts).
 */
import type { Labels } from '../taxonomy/terms.ts';

export const roles = [
  'first_line',
  'case_coordinator',
  'reception',
  'expert',
  'network_coordinator',
  'administrator',
  'parent',
] as const;
export type Role = (typeof roles)[number];

export const rights = [
  /** Refer a family and follow the status of one's own referrals. */
  'referral.create',
  /** Take part in a case team (read and write the case file through the relationship). */
  'case.participate',
  /** Open a new case and be its coordinator. */
  'case.coordinate',
  /** Intake duty: see incoming referrals of one's programmes. */
  'intake.read',
  /** Open a case outside one's relationships, for a stated reason and a limited time. */
  'case.break_glass',
  /** Figures without family data. */
  'aggregate.read',
  /** Create and edit services of the social map. */
  'directory.manage',
  /** Accounts, teams, memberships, the outbox in development. */
  'admin.accounts',
  /** A parent's own family, through the family portal. */
  'family.own',
] as const;
export type Right = (typeof rights)[number];

export type RoleDefinition = {
  role: Role;
  labels: Labels;
  rights: readonly Right[];
  /** Can this role ever see family data? */
  seesFamilyData: boolean;
  /**
   * A second factor at sign-in. Required for every role that sees family data, and also for
   * network coordinators (they publish the social map professionals rely on) and administrators
   * (they decide who gets which role).
   */
  secondFactor: boolean;
};

export const roleDefinitions: Record<Role, RoleDefinition> = {
  first_line: {
    role: 'first_line',
    labels: { nl: 'Eerstelijnsprofessional', en: 'First-line professional' },
    rights: ['referral.create', 'case.participate'],
    seesFamilyData: true,
    secondFactor: true,
  },
  case_coordinator: {
    role: 'case_coordinator',
    labels: { nl: 'Casusregisseur', en: 'Case coordinator' },
    rights: [
      'referral.create',
      'case.participate',
      'case.coordinate',
      'intake.read',
      'case.break_glass',
    ],
    seesFamilyData: true,
    secondFactor: true,
  },
  reception: {
    role: 'reception',
    labels: { nl: 'Onthaalmedewerker', en: 'Reception staff' },
    rights: ['referral.create', 'case.participate'],
    seesFamilyData: true,
    secondFactor: true,
  },
  expert: {
    role: 'expert',
    labels: { nl: 'Expert (zorgtafel, intervisie)', en: 'Expert (care table, intervision)' },
    rights: ['case.participate'],
    seesFamilyData: true,
    secondFactor: true,
  },
  network_coordinator: {
    role: 'network_coordinator',
    labels: { nl: 'Netwerkcoördinator', en: 'Network coordinator' },
    rights: ['aggregate.read', 'directory.manage'],
    seesFamilyData: false,
    secondFactor: true,
  },
  administrator: {
    role: 'administrator',
    labels: { nl: 'Beheerder', en: 'Administrator' },
    rights: ['aggregate.read', 'admin.accounts'],
    seesFamilyData: false,
    secondFactor: true,
  },
  parent: {
    role: 'parent',
    labels: { nl: 'Ouder', en: 'Parent' },
    rights: ['family.own'],
    seesFamilyData: true,
    secondFactor: true,
  },
};

export function rightsOf(held: readonly Role[]): ReadonlySet<Right> {
  return new Set(held.flatMap((r) => roleDefinitions[r].rights));
}

export function requiresSecondFactor(held: readonly Role[]): boolean {
  return held.some((r) => roleDefinitions[r].secondFactor);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
