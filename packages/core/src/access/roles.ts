/**
 * Roles and what each may do, as data. A role is held through a membership (organisation, team);
 * rights are resolved from the roles of all of a user's memberships. Family data itself is never
 * granted by a role alone: the case relationship decides (see caseAccess.ts).
 */
import type { Labels } from '../taxonomy/terms.ts';
import type { Purpose } from './audit.ts';

export const roles = [
  'first_line',
  'case_coordinator',
  'reception',
  'expert',
  'network_coordinator',
  'administrator',
  'parent',
  'child',
  'supporter',
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
  /** A programme's funds: enter them, spend on the structural offer, the finance report. */
  'budget.manage',
  /** A supporter from the family's network: the agreements they have a part in, their next meeting. */
  'family.support',
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
  /** The purposes of use a holder may state (X-Omringd-Purpose); the first is the default. */
  purposes: readonly Purpose[];
};

export const roleDefinitions: Record<Role, RoleDefinition> = {
  first_line: {
    role: 'first_line',
    labels: { nl: 'Eerstelijnsprofessional', en: 'First-line professional' },
    rights: ['referral.create', 'case.participate'],
    seesFamilyData: true,
    secondFactor: true,
    purposes: ['care', 'coordination'],
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
    purposes: ['care', 'coordination', 'emergency', 'audit'],
  },
  reception: {
    role: 'reception',
    labels: { nl: 'Onthaalmedewerker', en: 'Reception staff' },
    rights: ['referral.create', 'case.participate'],
    seesFamilyData: true,
    secondFactor: true,
    purposes: ['care', 'coordination'],
  },
  expert: {
    role: 'expert',
    labels: { nl: 'Expert (zorgtafel, intervisie)', en: 'Expert (care table, intervision)' },
    rights: ['case.participate'],
    seesFamilyData: true,
    secondFactor: true,
    purposes: ['care', 'coordination'],
  },
  network_coordinator: {
    role: 'network_coordinator',
    labels: { nl: 'Netwerkcoördinator', en: 'Network coordinator' },
    rights: ['aggregate.read', 'directory.manage', 'budget.manage'],
    seesFamilyData: false,
    secondFactor: true,
    purposes: ['reporting', 'administration'],
  },
  administrator: {
    role: 'administrator',
    labels: { nl: 'Beheerder', en: 'Administrator' },
    rights: ['aggregate.read', 'admin.accounts'],
    seesFamilyData: false,
    secondFactor: true,
    purposes: ['administration', 'reporting'],
  },
  parent: {
    role: 'parent',
    labels: { nl: 'Ouder', en: 'Parent' },
    rights: ['family.own'],
    seesFamilyData: true,
    // Parents sign in with a passkey, or a password and a code sent to them: no TOTP app.
    secondFactor: false,
    purposes: ['care'],
  },
  child: {
    role: 'child',
    labels: { nl: 'Kind (12 jaar of ouder)', en: 'Child (12 or older)' },
    // A child of 12 or older reads the family's own view, as the decree presumes them capable
    // (art. 15 decreet rechtspositie minderjarige); the coordinator records that decision.
    rights: ['family.own'],
    seesFamilyData: true,
    secondFactor: false,
    purposes: ['care'],
  },
  supporter: {
    role: 'supporter',
    labels: { nl: 'Steunfiguur uit het netwerk', en: 'Supporter from the network' },
    // Invited by the family: a grandmother, a neighbour. They see only their own part.
    rights: ['family.support'],
    seesFamilyData: true,
    secondFactor: false,
    purposes: ['care'],
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

/** A role whose holder can reach a family's file (through a relationship): granting it is guarded. */
export function opensFamilyData(role: Role): boolean {
  return roleDefinitions[role].seesFamilyData;
}

/**
 * Granting these roles needs a second administrator (four-eyes): they open family data, or (the
 * administrator role) decide who gets such roles. Parents are never invited by an administrator:
 * the family portal links them to their own family.
 */
export function grantNeedsSecondPerson(role: Role): boolean {
  return opensFamilyData(role) || role === 'administrator';
}

/** Roles an administrator may grant at all (parents come through the family portal). */
export const administrableRoles = [
  'first_line',
  'case_coordinator',
  'reception',
  'expert',
  'network_coordinator',
  'administrator',
] as const satisfies readonly Role[];

/** Manages the social map (and programmes) of a region. */
export function managesRegion(role: Role): boolean {
  return role === 'network_coordinator';
}

/** Takes up referrals sent to one service of their organisation (a warm referral). */
export function receivesWarmReferrals(role: Role): boolean {
  return rightsOf([role]).has('intake.read') || role === 'reception';
}

/** Takes up referrals sent to a programme of their organisation (intake duty). */
export function takesIntake(role: Role): boolean {
  return rightsOf([role]).has('intake.read');
}

/** May coordinate cases (open them, take them over, be the one contact person). */
export function coordinatesCases(role: Role): boolean {
  return rightsOf([role]).has('case.coordinate');
}

/** The purposes a user with these roles may state for a request. */
export function purposesFor(held: readonly Role[]): ReadonlySet<Purpose> {
  return new Set(held.flatMap((r) => roleDefinitions[r].purposes));
}
