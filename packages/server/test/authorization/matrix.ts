/**
 * The authorization matrix: for every route, the expected answer for every role in every
 * relationship to a case, and for an anonymous caller. The integration test runs all of it on
 * both storage modes, and fails for a route that has no entry here. docs/authorization-matrix.md
 * is rendered from this table (npm run docs:matrix).
 */
import { roles, type Role } from '@omringd/core';
import { readFileSync } from 'node:fs';

const oneFamilyOnePlan = JSON.parse(
  readFileSync(new URL('../../data/programmes/1-gezin-1-plan.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

export const relationships = [
  'own_case',
  'other_org_case',
  'shared_with_agreement',
  'agreement_withdrawn',
  'referrer',
] as const;
export type Relationship = (typeof relationships)[number];

export type Actor = { role: Role; relationship: Relationship } | 'anonymous';

/** What a request may use: the actor's case, organisations, throwaway ids made for it. */
export type Fixture = {
  caseId: string;
  ownOrganizationId: string;
  otherOrganizationId: string;
  thirdOrganizationId: string;
  spareUserId: string;
  /** A second case coordinator of organisation A, to hand a case over to. */
  spareCoordinatorId: string;
  spareMembershipId: string;
  serviceId: string;
  hsds: Record<'service' | 'organization' | 'serviceAtLocation' | 'taxonomy' | 'term', string>;
  unique: string;
  /** The referral the actor's case came from (received by the case's organisation). */
  referralId: string;
  /** A home visit the family asked for in the actor's case (requested, not decided). */
  visitId: string;
};

export type Entry = {
  /** The request, built for one actor. */
  request: (f: Fixture) => { url: string; body?: Record<string, unknown> };
  /** Expected status for a signed-in actor. */
  expect: (role: Role, relationship: Relationship) => number;
  anonymous: number;
  /** Runs after the others: 1 changes what the actor may see, 2 ends the session. */
  late?: 1 | 2;
};

/** A parent, or a child of 12 or older with a view of their own: the family portal's readers. */
const inFamily = (role: Role) => role === 'parent' || role === 'child';
const PARTICIPANTS: readonly Role[] = ['first_line', 'case_coordinator', 'reception', 'expert'];
const REFERRERS: readonly Role[] = ['first_line', 'case_coordinator', 'reception'];

/** Case team: own organisation, or another one with legal basis and agreement given. */
const inTeam = (role: Role, rel: Relationship) =>
  PARTICIPANTS.includes(role) && (rel === 'own_case' || rel === 'shared_with_agreement');
const ok = (yes: boolean, status = 200) => (yes ? status : 404);
const onlyRight =
  (allowed: readonly Role[], status = 200) =>
  (role: Role) =>
    allowed.includes(role) ? status : 403;
const everyone = (status: number) => () => status;

/** Intake: a case coordinator of the organisation that received the referral (organisation A). */
const isIntake = (role: Role, rel: Relationship) =>
  role === 'case_coordinator' && (rel === 'own_case' || rel === 'referrer');
const caseFile = (role: Role, rel: Relationship) =>
  ok(inTeam(role, rel) || (inFamily(role) && rel === 'own_case'));
const caseWrite = (role: Role, rel: Relationship) => ok(inTeam(role, rel));
const coordinatorOnly = (role: Role, rel: Relationship) =>
  ok(role === 'case_coordinator' && rel === 'own_case');
const referralStatus = (role: Role, rel: Relationship) =>
  ok(
    inTeam(role, rel) ||
      (inFamily(role) && rel === 'own_case') ||
      (REFERRERS.includes(role) && rel === 'referrer'),
  );

/** A passkey answer to a challenge that was never given. */
const strayPasskey = (f: Fixture) => ({
  challengeId: f.spareUserId,
  response: { id: 'AAAA', rawId: 'AAAA', type: 'public-key', response: {} },
});

const publicGet = (url: (f: Fixture) => string): Entry => ({
  request: (f) => ({ url: url(f) }),
  expect: everyone(200),
  anonymous: 200,
});
const admin = onlyRight(['administrator']);
/** An administrator of organisation A (the spare people's), as the own-case and referrer actors are. */
const adminOfA =
  (status = 200) =>
  (role: Role, rel: Relationship) =>
    role !== 'administrator' ? 403 : rel === 'own_case' || rel === 'referrer' ? status : 404;

export const matrix: Record<string, Entry> = {
  // The social map is public information.
  'GET /api/v1/services': publicGet(() => '/api/v1/services?q=opvoeding'),
  'GET /api/v1/suggest': publicGet(() => '/api/v1/suggest?q=opvo'),
  'GET /api/v1/services/:id': publicGet((f) => `/api/v1/services/${f.serviceId}`),
  'GET /api/v1/taxonomies': publicGet(() => '/api/v1/taxonomies'),
  'GET /api/v1/map': publicGet(() => '/api/v1/map'),
  'GET /hsds': publicGet(() => '/hsds'),
  'GET /hsds/openapi.json': publicGet(() => '/hsds/openapi.json'),
  'GET /hsds/profile': publicGet(() => '/hsds/profile'),
  'GET /hsds/services': publicGet(() => '/hsds/services'),
  'GET /hsds/services/:id': publicGet((f) => `/hsds/services/${f.hsds.service}`),
  'GET /hsds/organizations': publicGet(() => '/hsds/organizations'),
  'GET /hsds/organizations/:id': publicGet((f) => `/hsds/organizations/${f.hsds.organization}`),
  'GET /hsds/service_at_locations': publicGet(() => '/hsds/service_at_locations'),
  'GET /hsds/service_at_locations/:id': publicGet(
    (f) => `/hsds/service_at_locations/${f.hsds.serviceAtLocation}`,
  ),
  'GET /hsds/taxonomies': publicGet(() => '/hsds/taxonomies'),
  'GET /hsds/taxonomies/:id': publicGet((f) => `/hsds/taxonomies/${f.hsds.taxonomy}`),
  'GET /hsds/taxonomy_terms': publicGet(() => '/hsds/taxonomy_terms'),
  'GET /hsds/taxonomy_terms/:id': publicGet((f) => `/hsds/taxonomy_terms/${f.hsds.term}`),
  'GET /healthz': publicGet(() => '/healthz'),
  'GET /health/live': publicGet(() => '/health/live'),
  'GET /health/ready': publicGet(() => '/health/ready'),

  // Passkeys: a ceremony starts for anyone; an answer that fits no challenge is refused.
  'POST /api/v1/auth/passkey/options': {
    request: () => ({ url: '/api/v1/auth/passkey/options' }),
    expect: everyone(200),
    anonymous: 200,
  },
  'POST /api/v1/auth/passkey/sign-in': {
    request: (f) => ({ url: '/api/v1/auth/passkey/sign-in', body: strayPasskey(f) }),
    expect: everyone(409),
    anonymous: 409,
  },
  'POST /api/v1/auth/passkeys/options': {
    request: () => ({ url: '/api/v1/auth/passkeys/options' }),
    expect: everyone(200),
    anonymous: 401,
  },
  'POST /api/v1/auth/passkeys': {
    request: (f) => ({ url: '/api/v1/auth/passkeys', body: strayPasskey(f) }),
    expect: everyone(409),
    anonymous: 401,
  },
  'POST /api/v1/invitations/:token/passkey-options': {
    request: () => ({ url: `/api/v1/invitations/${'x'.repeat(43)}/passkey-options` }),
    expect: everyone(404),
    anonymous: 404,
  },
  'POST /api/v1/invitations/:token/accept-passkey': {
    request: (f) => ({
      url: `/api/v1/invitations/${'x'.repeat(43)}/accept-passkey`,
      body: strayPasskey(f),
    }),
    expect: everyone(404),
    anonymous: 404,
  },

  // Signing in.
  'GET /api/v1/auth/session': {
    request: () => ({ url: '/api/v1/auth/session' }),
    expect: everyone(200),
    anonymous: 401,
  },
  'POST /api/v1/auth/login': {
    request: (f) => ({
      url: '/api/v1/auth/login',
      body: { email: `nobody-${f.unique}@example.be`, password: 'wrong' },
    }),
    expect: everyone(401),
    anonymous: 401,
  },
  'POST /api/v1/auth/second-factor': {
    request: () => ({ url: '/api/v1/auth/second-factor', body: { code: '000000' } }),
    // A complete session waits for no code.
    expect: everyone(409),
    anonymous: 401,
  },
  'POST /api/v1/auth/enrolment': {
    request: () => ({ url: '/api/v1/auth/enrolment' }),
    // Actors have an authenticator already (network coordinators too: see fixture).
    expect: everyone(409),
    anonymous: 401,
  },
  'POST /api/v1/auth/enrolment/confirm': {
    request: () => ({ url: '/api/v1/auth/enrolment/confirm', body: { code: '000000' } }),
    expect: everyone(409),
    anonymous: 401,
  },
  'POST /api/v1/auth/password': {
    request: () => ({
      url: '/api/v1/auth/password',
      body: { currentPassword: 'not-the-password', newPassword: 'x' },
    }),
    expect: everyone(401),
    anonymous: 401,
  },
  'POST /api/v1/auth/logout': {
    request: () => ({ url: '/api/v1/auth/logout' }),
    expect: everyone(200),
    anonymous: 401,
    late: 2,
  },
  'PUT /api/v1/auth/language': {
    request: () => ({ url: '/api/v1/auth/language', body: { language: 'nl' } }),
    expect: everyone(200),
    anonymous: 401,
  },
  'PUT /api/v1/auth/profile': {
    request: () => ({ url: '/api/v1/auth/profile', body: { phone: '011 22 33 44' } }),
    expect: everyone(200),
    anonymous: 401,
  },
  'GET /api/v1/auth/providers': publicGet(() => '/api/v1/auth/providers'),
  // No provider is configured in the matrix run: both answer that there is none.
  'GET /api/v1/auth/oidc/:provider/start': {
    request: () => ({ url: '/api/v1/auth/oidc/vlaanderen/start' }),
    expect: everyone(404),
    anonymous: 404,
  },
  'GET /api/v1/auth/oidc/:provider/callback': {
    request: () => ({ url: '/api/v1/auth/oidc/vlaanderen/callback?code=x&state=y' }),
    expect: everyone(404),
    anonymous: 404,
  },
  'GET /api/v1/invitations/:token/oidc/:provider': {
    request: () => ({ url: `/api/v1/invitations/${'x'.repeat(43)}/oidc/itsme` }),
    expect: everyone(404),
    anonymous: 404,
  },
  'GET /api/v1/invitations/:token': {
    request: () => ({ url: `/api/v1/invitations/${'x'.repeat(43)}` }),
    expect: everyone(404),
    anonymous: 404,
  },
  'POST /api/v1/invitations/:token/accept': {
    request: () => ({
      url: `/api/v1/invitations/${'x'.repeat(43)}/accept`,
      body: { password: 'Kastanje-Regenjas-Vlieger-9' },
    }),
    expect: everyone(404),
    anonymous: 404,
  },

  // Case files: the relationship decides; what may not be seen is a 404.
  'GET /api/v1/cases': {
    request: () => ({ url: '/api/v1/cases' }),
    expect: everyone(200),
    anonymous: 401,
  },
  'POST /api/v1/cases': {
    request: (f) => ({
      url: '/api/v1/cases',
      body: {
        organizationId: f.ownOrganizationId,
        familyLabel: `Gezin ${f.unique}`,
        title: 'Zorgen om de baby',
      },
    }),
    expect: onlyRight(['case_coordinator'], 201),
    anonymous: 401,
  },
  'GET /api/v1/cases/:id': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}` }),
    expect: caseFile,
    anonymous: 401,
  },
  'PATCH /api/v1/cases/:id': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}`,
      body: { concern: 'Moeder slaapt slecht.' },
    }),
    expect: caseWrite,
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/export': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/export` }),
    expect: caseWrite,
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/print': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/print` }),
    expect: caseWrite,
    anonymous: 401,
  },
  // The family in the case file: read like the file, changed by the case team. The PUT names
  // version 0 (nothing recorded yet for the actor's case) and brings a child to be born; the
  // birth then names version 1.
  'GET /api/v1/cases/:id/family': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/family` }),
    expect: caseFile,
    anonymous: 401,
  },
  'PUT /api/v1/cases/:id/family': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/family`,
      body: {
        version: 0,
        family: {
          members: [
            { kind: 'adult', id: 'p1', name: 'Sara', role: 'mother' },
            { kind: 'unborn', id: 'c1', dueDate: '2026-12-01' },
          ],
        },
      },
    }),
    expect: caseWrite,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/family/birth': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/family/birth`,
      body: { version: 1, memberId: 'c1', name: 'Noor', birthDate: '2026-11-20' },
    }),
    expect: caseWrite,
    anonymous: 401,
  },
  // The rest of the case file: read like the file, changed by the case team. Every PUT names
  // version 0 (nothing recorded yet for the actor's case).
  'GET /api/v1/cases/:id/network': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/network` }),
    expect: caseFile,
    anonymous: 401,
  },
  'PUT /api/v1/cases/:id/network': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/network`,
      body: {
        version: 0,
        content: {
          people: [
            { id: 'n1', name: 'Oma Rita', tie: 'family', support: 'strong', involve: 'yes' },
          ],
        },
      },
    }),
    expect: caseWrite,
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/life-domains': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/life-domains` }),
    expect: caseFile,
    anonymous: 401,
  },
  'PUT /api/v1/cases/:id/life-domains': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/life-domains`,
      body: {
        version: 0,
        content: {
          domains: [{ key: 'housing', situation: 'Huur opgezegd', familyPriority: 'high' }],
        },
      },
    }),
    expect: caseWrite,
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/assessment': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/assessment` }),
    expect: caseFile,
    anonymous: 401,
  },
  'PUT /api/v1/cases/:id/assessment': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/assessment`,
      body: { version: 0, content: { strengths: [{ id: 's1', text: 'Oma komt elke dag.' }] } },
    }),
    expect: caseWrite,
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/scores': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/scores` }),
    expect: caseFile,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/scores': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/scores`,
      body: { score: 6, scorer: { kind: 'self' } },
    }),
    expect: (role, rel) => ok(inTeam(role, rel), 201),
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/timeline': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/timeline` }),
    expect: caseFile,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/timeline': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/timeline`,
      body: { kind: 'phone_call', occurredAt: '2026-11-20T10:00:00+01:00', text: 'Gebeld.' },
    }),
    expect: (role, rel) => ok(inTeam(role, rel), 201),
    anonymous: 401,
  },
  // The care tables: read like the file, planned and changed by the case team. The PUT and the
  // status name a care table that is not there: 404 for everyone, after the case is decided.
  'GET /api/v1/cases/:id/care-tables': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/care-tables` }),
    expect: caseFile,
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/care-tables/experts': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/care-tables/experts` }),
    expect: caseWrite,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/care-tables': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/care-tables`,
      body: {
        purpose: 'Samen een plan maken.',
        startsAt: '2026-12-03T14:00:00+01:00',
        place: { kind: 'home' },
        participants: [],
      },
    }),
    expect: (role, rel) => ok(inTeam(role, rel), 201),
    anonymous: 401,
  },
  'PUT /api/v1/cases/:id/care-tables/:meetingId': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/care-tables/${f.spareMembershipId}`,
      body: {
        version: 1,
        content: {
          purpose: 'Samen een plan maken.',
          startsAt: '2026-12-03T14:00:00+01:00',
          place: { kind: 'home' },
          participants: [],
        },
      },
    }),
    expect: () => 404,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/care-tables/:meetingId/status': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/care-tables/${f.spareMembershipId}/status`,
      body: { version: 1, to: 'cancelled' },
    }),
    expect: () => 404,
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/care-tables/:meetingId/calendar.ics': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/care-tables/${f.spareMembershipId}/calendar.ics`,
    }),
    expect: () => 404,
    anonymous: 401,
  },
  // The care plan: read like the file, saved by the case team. A switch and an evaluation name
  // a version that is not there (409 for the team); a decision of no care table: 404 for all.
  'GET /api/v1/cases/:id/plan/family-plan.pdf': {
    // Before any plan is saved (entries run in this order): 404 for everyone once the case is
    // decided, so the sweep draws no PDF; printing itself is tested in familyPlanPrint.
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/plan/family-plan.pdf` }),
    expect: () => 404,
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/plan': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/plan` }),
    expect: caseFile,
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/plan/versions/:number': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/plan/versions/99` }),
    expect: () => 404,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/plan/versions': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/plan/versions`,
      body: {
        version: 0,
        content: { goals: [{ id: 'g1', text: 'Een veilige woning.' }] },
      },
    }),
    expect: (role, rel) => ok(inTeam(role, rel), 201),
    anonymous: 401,
  },
  // The family portal: a coordinator invites a parent of the family details (the PUT of the
  // family above names p1); a parent reads and writes the family's own part.
  'POST /api/v1/cases/:id/parents': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/parents`,
      body: { memberId: 'p1', email: `ouder-${f.unique}@example.be` },
    }),
    expect: (role, rel) => (coordinatorOnly(role, rel) === 200 ? 201 : 404),
    anonymous: 401,
  },
  'GET /api/v1/portal/families': {
    request: () => ({ url: '/api/v1/portal/families' }),
    expect: (role) => (inFamily(role) ? 200 : 403),
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/parents': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/parents` }),
    expect: caseFile,
    anonymous: 401,
  },
  'GET /api/v1/portal/cases/:id/plan': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/plan`.replace('/cases/', '/portal/cases/'),
    }),
    // The case team reads the plan in the case itself: the portal's view is the family's.
    expect: (role, rel) =>
      inFamily(role) && rel === 'own_case' ? 200 : inTeam(role, rel) ? 403 : 404,
    anonymous: 401,
  },
  'POST /api/v1/portal/cases/:id/goals': {
    request: (f) => ({
      url: `/api/v1/portal/cases/${f.caseId}/goals`,
      body: { goalId: 'gezin-matrix', text: 'Ons eigen doel.', priority: 'high', domains: [] },
    }),
    expect: (role, rel) => ok(inFamily(role) && rel === 'own_case', 201),
    anonymous: 401,
  },
  'GET /api/v1/portal/cases/:id/sharing': {
    request: (f) => ({ url: `/api/v1/portal/cases/${f.caseId}/sharing` }),
    expect: (role, rel) =>
      inFamily(role) && rel === 'own_case' ? 200 : inTeam(role, rel) ? 403 : 404,
    anonymous: 401,
  },
  'GET /api/v1/portal/cases/:id/looks': {
    request: (f) => ({ url: `/api/v1/portal/cases/${f.caseId}/looks` }),
    expect: (role, rel) =>
      inFamily(role) && rel === 'own_case' ? 200 : inTeam(role, rel) ? 403 : 404,
    anonymous: 401,
  },
  'GET /api/v1/portal/cases/:id/our-data.json': {
    request: (f) => ({ url: `/api/v1/portal/cases/${f.caseId}/our-data.json` }),
    expect: (role, rel) =>
      inFamily(role) && rel === 'own_case' ? 200 : inTeam(role, rel) ? 403 : 404,
    anonymous: 401,
  },
  'GET /api/v1/portal/cases/:id/our-data.html': {
    request: (f) => ({ url: `/api/v1/portal/cases/${f.caseId}/our-data.html` }),
    expect: (role, rel) =>
      inFamily(role) && rel === 'own_case' ? 200 : inTeam(role, rel) ? 403 : 404,
    anonymous: 401,
  },
  'GET /api/v1/portal/cases/:id/messages': {
    request: (f) => ({ url: `/api/v1/portal/cases/${f.caseId}/messages` }),
    expect: (role, rel) =>
      inFamily(role) && rel === 'own_case' ? 200 : inTeam(role, rel) ? 403 : 404,
    anonymous: 401,
  },
  'POST /api/v1/portal/cases/:id/messages': {
    request: (f) => ({
      url: `/api/v1/portal/cases/${f.caseId}/messages`,
      body: { text: 'Een vraag van het gezin.' },
    }),
    expect: (role, rel) => ok(inFamily(role) && rel === 'own_case', 201),
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/family-messages': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/family-messages` }),
    expect: caseFile,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/family-messages': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/family-messages`,
      body: { text: 'Een antwoord van het team.' },
    }),
    expect: (role, rel) => ok(inTeam(role, rel), 201),
    anonymous: 401,
  },
  'PUT /api/v1/portal/cases/:id/care-tables/:meetingId/agreements/:agreementId': {
    request: (f) => ({
      url: `/api/v1/portal/cases/${f.caseId}/care-tables/${f.spareUserId}/agreements/a-1`,
      body: { agreed: true },
    }),
    // As for the score: the matrix's parent is not linked to a member of the family (409).
    expect: (role, rel) => ok(inFamily(role) && rel === 'own_case', 409),
    anonymous: 401,
  },
  'POST /api/v1/portal/cases/:id/care-tables/:meetingId/agenda': {
    request: (f) => ({
      url: `/api/v1/portal/cases/${f.caseId}/care-tables/${f.spareUserId}/agenda`,
      body: { text: 'Waarover wij willen praten.' },
    }),
    // No coming care table with that id, in any case: 404 for everyone who reaches the case too.
    expect: () => 404,
    anonymous: 401,
  },
  'POST /api/v1/portal/cases/:id/scores': {
    request: (f) => ({ url: `/api/v1/portal/cases/${f.caseId}/scores`, body: { score: 6 } }),
    // The matrix's parent is linked to the family without naming which member (409 says so).
    expect: (role, rel) => ok(inFamily(role) && rel === 'own_case', 409),
    anonymous: 401,
  },
  // Home visits: a case coordinator offers free moments to the families they coordinate; the
  // family picks one or proposes its own, and chooses the rhythm; the case team decides.
  'GET /api/v1/visit-slots': {
    request: () => ({ url: '/api/v1/visit-slots' }),
    expect: onlyRight(['case_coordinator']),
    anonymous: 401,
  },
  'POST /api/v1/visit-slots': {
    request: () => ({
      url: '/api/v1/visit-slots',
      body: { slots: [{ startsAt: '2030-01-07T10:00:00+01:00', minutes: 60 }] },
    }),
    expect: onlyRight(['case_coordinator'], 201),
    anonymous: 401,
  },
  'DELETE /api/v1/visit-slots/:slotId': {
    // Not a moment of theirs: the coordinator is told nothing was removed (409).
    request: (f) => ({ url: `/api/v1/visit-slots/${f.spareUserId}` }),
    expect: onlyRight(['case_coordinator'], 409),
    anonymous: 401,
  },
  'GET /api/v1/portal/cases/:id/home-visits': {
    request: (f) => ({ url: `/api/v1/portal/cases/${f.caseId}/home-visits` }),
    expect: (role, rel) =>
      inFamily(role) && rel === 'own_case' ? 200 : inTeam(role, rel) ? 403 : 404,
    anonymous: 401,
  },
  'POST /api/v1/portal/cases/:id/home-visits': {
    request: (f) => ({
      url: `/api/v1/portal/cases/${f.caseId}/home-visits`,
      body: { kind: 'proposal', startsAt: '2030-01-08T14:00:00+01:00', topics: 'De slaap.' },
    }),
    // The team plans visits in the case: 'co_write' is the family's own part (404 for others).
    expect: (role, rel) => ok(inFamily(role) && rel === 'own_case', 201),
    anonymous: 401,
  },
  'PUT /api/v1/portal/cases/:id/visit-rhythm': {
    request: (f) => ({
      url: `/api/v1/portal/cases/${f.caseId}/visit-rhythm`,
      body: { everyWeeks: 2 },
    }),
    expect: (role, rel) => ok(inFamily(role) && rel === 'own_case'),
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/home-visits': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/home-visits` }),
    expect: caseFile,
    anonymous: 401,
  },
  'PUT /api/v1/cases/:id/home-visits/:visitId': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/home-visits/${f.visitId}`,
      body: { decision: 'confirm' },
    }),
    // Anyone of the case team confirms the family's request; nobody else reaches it.
    expect: caseWrite,
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/home-visits/:visitId/calendar.ics': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/home-visits/${f.visitId}/calendar.ics`,
    }),
    // The visit in a calendar: for the team and the family, as the case file.
    expect: caseFile,
    anonymous: 401,
  },
  // Supporters: the family invites someone of its network; a supporter reads only their part.
  'GET /api/v1/portal/cases/:id/supporters': {
    request: (f) => ({ url: `/api/v1/portal/cases/${f.caseId}/supporters` }),
    expect: (role, rel) =>
      inFamily(role) && rel === 'own_case' ? 200 : inTeam(role, rel) ? 403 : 404,
    anonymous: 401,
  },
  'POST /api/v1/portal/cases/:id/supporters': {
    request: (f) => ({
      url: `/api/v1/portal/cases/${f.caseId}/supporters`,
      body: { networkPersonId: 'n-onbekend', email: `steun.${f.unique}@example.be` },
    }),
    // Not a person of the family's network: the parent is told whom to choose (400).
    expect: (role, rel) => (inFamily(role) && rel === 'own_case' ? 400 : 404),
    anonymous: 401,
  },
  'DELETE /api/v1/portal/cases/:id/supporters/:networkPersonId': {
    request: (f) => ({ url: `/api/v1/portal/cases/${f.caseId}/supporters/n-onbekend` }),
    // No supporter of that name: the parent is told so (404 with its reason), as is everyone.
    expect: () => 404,
    anonymous: 401,
  },
  'GET /api/v1/supporter/cases': {
    request: () => ({ url: '/api/v1/supporter/cases' }),
    expect: onlyRight(['supporter']),
    anonymous: 401,
  },
  'GET /api/v1/supporter/cases/:id/next-meeting.ics': {
    request: (f) => ({ url: `/api/v1/supporter/cases/${f.caseId}/next-meeting.ics` }),
    // The matrix's case plans no care table: the supporter is told so (404 with its reason).
    expect: () => 404,
    anonymous: 401,
  },
  'GET /api/v1/supporter/cases/:id': {
    request: (f) => ({ url: `/api/v1/supporter/cases/${f.caseId}` }),
    expect: (role, rel) => ok(role === 'supporter' && rel === 'own_case'),
    anonymous: 401,
  },
  'PUT /api/v1/portal/cases/:id/sharing/:organizationId': {
    // The actor's case is not shared with organisation C: the parent is told so (404 with its
    // reason); nobody else reaches the case.
    request: (f) => ({
      url: `/api/v1/portal/cases/${f.caseId}/sharing/${f.thirdOrganizationId}`,
      body: { agreement: 'withdrawn' },
    }),
    expect: () => 404,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/plan/switch': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/plan/switch`,
      body: { version: 99, to: 'B', reason: 'Het netwerk kan niet langer opvangen.' },
    }),
    expect: (role, rel) => ok(inTeam(role, rel), 409),
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/plan/goals-from-decision': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/plan/goals-from-decision`,
      body: {
        version: 0,
        meetingId: f.spareMembershipId,
        decisionId: 'd1',
        goalId: 'g-d1',
        domains: [],
      },
    }),
    expect: () => 404,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/plan/evaluations': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/plan/evaluations`,
      body: { version: 99, evaluation: { heldOn: '2026-11-30' }, content: {} },
    }),
    expect: (role, rel) => ok(inTeam(role, rel), 409),
    anonymous: 401,
  },
  // Closing names a plan version that is not there (409 for the team): no case is closed here.
  'POST /api/v1/cases/:id/closing': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/closing`,
      body: { version: 99, reason: 'goals_reached' },
    }),
    expect: (role, rel) => ok(inTeam(role, rel), 409),
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/closing': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/closing` }),
    expect: () => 404,
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/closing-letter.pdf': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/closing-letter.pdf` }),
    expect: () => 404,
    anonymous: 401,
  },
  // The backpack budget: the case team reads it (a parent does not manage it: 404); the matrix's
  // cases are in no programme with budget rules, so a grant is bad input for the team and every
  // ledger entry finds no budget (404). Funds, extensions and the finance report list only what
  // one keeps: empty for everyone here, and entering a fund is refused (403).
  'GET /api/v1/cases/:id/budget': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/budget` }),
    expect: caseWrite,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/budget': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/budget`,
      body: {
        programmeKey: 'zorggarantie-limburg',
        startsOn: '2026-12-01',
        justification: 'Aanvullend op het reguliere aanbod: verblijf in het CKG.',
      },
    }),
    expect: (role, rel) => ok(inTeam(role, rel), 400),
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/budget/commitments': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/budget/commitments`,
      body: {
        actionId: 'a1',
        serviceId: f.serviceId,
        category: 'stay',
        from: '2026-12-01',
        to: '2026-12-31',
        amountCents: 50000,
      },
    }),
    expect: () => 404,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/budget/payments': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/budget/payments`,
      body: { commitmentId: f.spareMembershipId, paidOn: '2026-12-01', amountCents: 100 },
    }),
    expect: () => 404,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/budget/reversals': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/budget/reversals`,
      body: { entryId: f.spareMembershipId, reason: 'Verkeerd bedrag ingegeven.' },
    }),
    expect: () => 404,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/budget/extension': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/budget/extension`,
      body: { reason: 'Het verblijf loopt langer dan gepland.' },
    }),
    expect: () => 404,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/budget/extension/decision': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/budget/extension/decision`,
      body: { approved: true, note: 'Akkoord.' },
    }),
    expect: () => 404,
    anonymous: 401,
  },
  'GET /api/v1/budget/extensions': {
    request: () => ({ url: '/api/v1/budget/extensions' }),
    expect: everyone(200),
    anonymous: 401,
  },
  'GET /api/v1/budget/funds': {
    request: () => ({ url: '/api/v1/budget/funds' }),
    expect: everyone(200),
    anonymous: 401,
  },
  'POST /api/v1/budget/funds': {
    request: () => ({
      url: '/api/v1/budget/funds',
      body: {
        programmeKey: 'zorggarantie-limburg',
        region: 'VLI',
        year: 2026,
        backpackCents: 100000000,
        structuralCents: 100000000,
      },
    }),
    expect: everyone(403),
    anonymous: 401,
  },
  'POST /api/v1/budget/funds/:id/structural': {
    request: (f) => ({
      url: `/api/v1/budget/funds/${f.spareMembershipId}/structural`,
      body: {
        serviceId: f.serviceId,
        category: 'coaching',
        spentOn: '2026-12-01',
        amountCents: 100,
      },
    }),
    expect: () => 404,
    anonymous: 401,
  },
  'GET /api/v1/budget/report': {
    request: () => ({ url: '/api/v1/budget/report?from=2026-01-01&to=2026-12-31' }),
    expect: everyone(200),
    anonymous: 401,
  },
  'GET /api/v1/budget/ledger.csv': {
    request: () => ({ url: '/api/v1/budget/ledger.csv?from=2026-01-01&to=2026-12-31' }),
    expect: everyone(200),
    anonymous: 401,
  },
  'GET /api/v1/budget/ledger.xlsx': {
    request: () => ({ url: '/api/v1/budget/ledger.xlsx?from=2026-01-01&to=2026-12-31' }),
    expect: everyone(200),
    anonymous: 401,
  },
  // Waiting lists: read like the file (the family sees its own waits), written by the case team;
  // a wait or a step names a wait that is not there (404 for all). The waiting-time figures and
  // the signal report are figures without families: for those who read aggregates (403 else).
  // Signals are the team's (a parent gets 404).
  'GET /api/v1/cases/:id/waits': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/waits` }),
    expect: caseFile,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/waits': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/waits`,
      body: { serviceId: f.serviceId, since: '2026-11-02', expectedWeeks: 8 },
    }),
    expect: (role, rel) => ok(inTeam(role, rel), 201),
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/waits/:waitId/status': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/waits/${f.spareMembershipId}/status`,
      body: { to: 'offered', on: '2026-11-20' },
    }),
    expect: () => 404,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/waits/:waitId/bridging': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/waits/${f.spareMembershipId}/bridging`,
      body: {
        kind: 'first_line_psychologist',
        provider: 'Eerstelijnspsycholoog',
        from: '2026-11-10',
      },
    }),
    expect: () => 404,
    anonymous: 401,
  },
  'GET /api/v1/waiting-times': {
    request: () => ({ url: '/api/v1/waiting-times' }),
    expect: onlyRight(['network_coordinator', 'administrator']),
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/signals': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/signals` }),
    expect: caseWrite,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/signals': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/signals`,
      body: { category: 'housing', text: 'Geen betaalbare woning te vinden in de regio.' },
    }),
    expect: (role, rel) => ok(inTeam(role, rel), 201),
    anonymous: 401,
  },
  'GET /api/v1/signals/report': {
    request: () => ({ url: '/api/v1/signals/report?quarter=2026-Q4' }),
    expect: onlyRight(['network_coordinator', 'administrator']),
    anonymous: 401,
  },
  'GET /api/v1/signals/report.csv': {
    request: () => ({ url: '/api/v1/signals/report.csv?quarter=2026-Q4' }),
    expect: onlyRight(['network_coordinator', 'administrator']),
    anonymous: 401,
  },
  'GET /api/v1/tasks': {
    request: () => ({ url: '/api/v1/tasks' }),
    expect: everyone(200),
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/referral': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/referral` }),
    expect: referralStatus,
    anonymous: 401,
  },
  'GET /api/v1/cases/:id/audit': {
    request: (f) => ({ url: `/api/v1/cases/${f.caseId}/audit` }),
    expect: coordinatorOnly,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/members': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/members`,
      body: { userId: f.spareUserId, organizationId: f.ownOrganizationId },
    }),
    expect: coordinatorOnly,
    anonymous: 401,
  },
  'PUT /api/v1/cases/:id/shares/:organizationId': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/shares/${f.thirdOrganizationId}`,
      body: { legalBasis: 'art. 74 decreet integrale jeugdhulp', agreement: 'given' },
    }),
    expect: coordinatorOnly,
    anonymous: 401,
  },
  'POST /api/v1/cases/:id/handover': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/handover`,
      body: { toUserId: f.spareCoordinatorId },
    }),
    expect: coordinatorOnly,
    anonymous: 401,
    late: 1,
  },
  'POST /api/v1/cases/:id/break-glass': {
    request: (f) => ({
      url: `/api/v1/cases/${f.caseId}/break-glass`,
      body: { reason: 'Acute zorg om de veiligheid van het kind, nacht.' },
    }),
    // Only a coordinator of the organisation that holds the case (A) breaks the glass.
    expect: (role, rel) =>
      role !== 'case_coordinator' ? 403 : rel === 'own_case' || rel === 'referrer' ? 200 : 404,
    anonymous: 401,
    late: 1,
  },
  'GET /api/v1/reports/caseload': {
    request: () => ({ url: '/api/v1/reports/caseload' }),
    expect: onlyRight(['network_coordinator', 'administrator']),
    anonymous: 401,
  },

  // The social map as managed by network coordinators.
  'GET /api/v1/manage/services': {
    request: () => ({ url: '/api/v1/manage/services' }),
    expect: onlyRight(['network_coordinator']),
    anonymous: 401,
  },
  'GET /api/v1/manage/organizations': {
    request: () => ({ url: '/api/v1/manage/organizations' }),
    expect: onlyRight(['network_coordinator']),
    anonymous: 401,
  },
  'POST /api/v1/manage/services': {
    request: (f) => ({
      url: '/api/v1/manage/services',
      body: {
        organizationId: f.ownOrganizationId,
        service: {
          areaProvinces: ['VOV'],
          name: `Nieuwe dienst ${f.unique}`,
          alternateName: '',
          description: 'Ondersteuning van gezinnen met jonge kinderen.',
          url: '',
          email: '',
          applicationProcess: '',
          eligibilityDescription: '',
          feesDescription: '',
          freeOfCharge: null,
          waitTime: '',
          ageMinMonths: null,
          ageMaxMonths: null,
          duringPregnancy: false,
          status: 'active',
        },
      },
    }),
    expect: onlyRight(['network_coordinator'], 201),
    anonymous: 401,
  },
  'GET /api/v1/manage/services/:id': {
    request: (f) => ({ url: `/api/v1/manage/services/${f.serviceId}` }),
    expect: onlyRight(['network_coordinator']),
    anonymous: 401,
  },
  'PUT /api/v1/manage/services/:id': {
    request: (f) => ({
      url: `/api/v1/manage/services/${f.serviceId}`,
      body: {
        name: `Dienst ${f.unique}`,
        alternateName: '',
        description: 'Ondersteuning van gezinnen met jonge kinderen.',
        url: '',
        email: '',
        applicationProcess: 'Bel of kom langs.',
        eligibilityDescription: '',
        feesDescription: '',
        freeOfCharge: true,
        waitTime: '',
        ageMinMonths: -9,
        ageMaxMonths: 36,
        duringPregnancy: true,
        status: 'active',
      },
    }),
    expect: onlyRight(['network_coordinator']),
    anonymous: 401,
  },
  'PUT /api/v1/manage/services/:id/capacity': {
    request: (f) => ({
      url: `/api/v1/manage/services/${f.serviceId}/capacity`,
      body: { capacity: { available: 2, maximum: 12, unit: 'gezinnen' } },
    }),
    expect: onlyRight(['network_coordinator']),
    anonymous: 401,
  },
  'GET /api/v1/manage/services/:id/changes': {
    request: (f) => ({ url: `/api/v1/manage/services/${f.serviceId}/changes` }),
    expect: onlyRight(['network_coordinator']),
    anonymous: 401,
  },

  // My notices.
  'GET /api/v1/notifications': {
    request: () => ({ url: '/api/v1/notifications' }),
    expect: everyone(200),
    anonymous: 401,
  },
  'POST /api/v1/notifications/:id/read': {
    // Someone else's notice, or none: the same answer.
    request: (f) => ({ url: `/api/v1/notifications/${f.caseId}/read` }),
    expect: everyone(404),
    anonymous: 401,
  },

  // Programmes: public information.
  'GET /api/v1/programmes': publicGet(() => '/api/v1/programmes'),
  'GET /api/v1/programmes/:key': publicGet(() => '/api/v1/programmes/zorggarantie-limburg'),
  'PUT /api/v1/programmes/:key': {
    request: () => ({ url: '/api/v1/programmes/1-gezin-1-plan', body: oneFamilyOnePlan }),
    expect: onlyRight(['network_coordinator']),
    anonymous: 401,
  },
  'POST /api/v1/programmes/:key/eligibility': {
    request: () => ({
      url: '/api/v1/programmes/zorggarantie-limburg/eligibility',
      body: { postalCode: '3500' },
    }),
    expect: everyone(200),
    anonymous: 200,
  },

  // Referrals: the referrer and the receiving coordinators (intake) see one; nobody else knows it.
  'POST /api/v1/referrals': {
    request: () => ({ url: '/api/v1/referrals', body: { programmeKey: '1-gezin-1-plan' } }),
    expect: onlyRight(['first_line', 'case_coordinator', 'reception'], 201),
    anonymous: 401,
  },
  'GET /api/v1/referrals/mine': {
    request: () => ({ url: '/api/v1/referrals/mine' }),
    expect: everyone(200),
    anonymous: 401,
  },
  'GET /api/v1/referrals/inbox': {
    request: () => ({ url: '/api/v1/referrals/inbox' }),
    // Reception staff receive warm referrals to their services; coordinators, programme referrals.
    expect: onlyRight(['case_coordinator', 'reception']),
    anonymous: 401,
  },
  'GET /api/v1/referrals/:id': {
    request: (f) => ({ url: `/api/v1/referrals/${f.caseId}` }),
    expect: everyone(404),
    anonymous: 401,
  },
  'PUT /api/v1/referrals/:id/draft': {
    request: (f) => ({ url: `/api/v1/referrals/${f.caseId}/draft`, body: {} }),
    expect: everyone(404),
    anonymous: 401,
  },
  'POST /api/v1/referrals/:id/send': {
    request: (f) => ({ url: `/api/v1/referrals/${f.caseId}/send` }),
    expect: everyone(404),
    anonymous: 401,
  },
  'POST /api/v1/referrals/:id/external': {
    request: (f) => ({
      url: `/api/v1/referrals/${f.referralId}/external`,
      body: { kind: 'phone', value: '011 30 31 40' },
    }),
    // Only the referrer's draft is sent this way: both sides see the referral, long sent (409).
    expect: (role, rel) => (rel === 'referrer' || isIntake(role, rel) ? 409 : 404),
    anonymous: 401,
  },
  'GET /api/v1/referrals/new': {
    request: () => ({ url: '/api/v1/referrals/new?programmeKey=zorggarantie-limburg' }),
    expect: onlyRight(['first_line', 'case_coordinator', 'reception']),
    anonymous: 401,
  },
  'GET /api/v1/referrals/undeliverable': {
    request: () => ({ url: '/api/v1/referrals/undeliverable' }),
    expect: onlyRight(['network_coordinator', 'administrator']),
    anonymous: 401,
  },
  'POST /api/v1/referrals/:id/status': {
    request: (f) => ({
      url: `/api/v1/referrals/${f.referralId}/status`,
      body: { to: 'in-progress' },
    }),
    // The receiving side starts the work; the referrer may not take that step (409).
    expect: (role, rel) => (isIntake(role, rel) ? 200 : rel === 'referrer' ? 409 : 404),
    anonymous: 401,
  },
  'POST /api/v1/referrals/:id/care-table': {
    request: (f) => ({
      url: `/api/v1/referrals/${f.referralId}/care-table`,
      body: { moment: 'parents_agreed' },
    }),
    // The receiving side records it; the referrer hears that only they can (409).
    expect: (role, rel) => (isIntake(role, rel) ? 200 : rel === 'referrer' ? 409 : 404),
    anonymous: 401,
  },
  'POST /api/v1/referrals/:id/messages': {
    request: (f) => ({
      url: `/api/v1/referrals/${f.referralId}/messages`,
      body: { text: 'Ik bel het gezin morgen.' },
    }),
    // Both sides write in the thread; for anyone else the referral does not exist.
    expect: (role, rel) => (rel === 'referrer' || isIntake(role, rel) ? 201 : 404),
    anonymous: 401,
  },
  'POST /api/v1/referrals/:id/attachments': {
    // Files are added while the referral is a draft; these referrals were sent long ago.
    request: (f) => ({ url: `/api/v1/referrals/${f.referralId}/attachments`, body: {} }),
    // Those who see the referral hear why not (409); for others it does not exist.
    expect: (role, rel) => (rel === 'referrer' || isIntake(role, rel) ? 409 : 404),
    anonymous: 401,
  },
  'GET /api/v1/referrals/:id/attachments': {
    request: (f) => ({ url: `/api/v1/referrals/${f.referralId}/attachments` }),
    expect: (role, rel) => ok(rel === 'referrer' || isIntake(role, rel)),
    anonymous: 401,
  },
  'GET /api/v1/referrals/:id/attachments/:attachmentId': {
    request: (f) => ({ url: `/api/v1/referrals/${f.referralId}/attachments/${f.caseId}` }),
    // No such file: the same 404 for those who may read the referral and those who may not.
    expect: everyone(404),
    anonymous: 401,
  },
  'POST /api/v1/referrals/:id/prosecutor': {
    request: (f) => ({ url: `/api/v1/referrals/${f.referralId}/prosecutor`, body: {} }),
    // The receiving side records it; the referrer hears that only they can (409).
    expect: (role, rel) => (isIntake(role, rel) ? 200 : rel === 'referrer' ? 409 : 404),
    anonymous: 401,
  },

  // FHIR R4 facade: the same rules as the referral API.
  'GET /fhir/R4/metadata': publicGet(() => '/fhir/R4/metadata'),
  'GET /fhir/R4/ServiceRequest/:id': {
    request: (f) => ({ url: `/fhir/R4/ServiceRequest/${f.referralId}` }),
    expect: (role, rel) => ok(rel === 'referrer' || isIntake(role, rel)),
    anonymous: 401,
  },
  'GET /fhir/R4/Task/:id': {
    request: (f) => ({ url: `/fhir/R4/Task/${f.referralId}` }),
    expect: (role, rel) => ok(rel === 'referrer' || isIntake(role, rel)),
    anonymous: 401,
  },
  'GET /fhir/R4/ServiceRequest': {
    request: () => ({ url: '/fhir/R4/ServiceRequest?status=active' }),
    expect: everyone(200),
    anonymous: 401,
  },
  'GET /fhir/R4/Task': {
    request: () => ({ url: '/fhir/R4/Task?status=accepted' }),
    expect: everyone(200),
    anonymous: 401,
  },
  // The case file in FHIR: read like the file. The network person n1 exists for the actors who
  // saved the network above (the case team).
  'GET /fhir/R4/EpisodeOfCare/:id': {
    request: (f) => ({ url: `/fhir/R4/EpisodeOfCare/${f.caseId}` }),
    expect: caseFile,
    anonymous: 401,
  },
  'GET /fhir/R4/EpisodeOfCare': {
    request: () => ({ url: '/fhir/R4/EpisodeOfCare' }),
    expect: everyone(200),
    anonymous: 401,
  },
  'GET /fhir/R4/CareTeam/:id': {
    request: (f) => ({ url: `/fhir/R4/CareTeam/${f.caseId}` }),
    expect: caseFile,
    anonymous: 401,
  },
  'GET /fhir/R4/RelatedPerson/:id': {
    request: (f) => ({ url: `/fhir/R4/RelatedPerson/${f.caseId}.n1` }),
    expect: caseWrite,
    anonymous: 401,
  },
  'GET /fhir/R4/RelatedPerson': {
    request: (f) => ({ url: `/fhir/R4/RelatedPerson?episode-of-care=${f.caseId}` }),
    expect: caseFile,
    anonymous: 401,
  },
  'GET /fhir/R4/Observation': {
    request: (f) => ({ url: `/fhir/R4/Observation?episode-of-care=EpisodeOfCare/${f.caseId}` }),
    expect: caseFile,
    anonymous: 401,
  },
  'GET /fhir/R4/Appointment': {
    request: (f) => ({ url: `/fhir/R4/Appointment?episode-of-care=${f.caseId}` }),
    expect: caseFile,
    anonymous: 401,
  },
  // The plans saved above: version 1 of the team's cases; 404 where there is none or no access.
  'GET /fhir/R4/CarePlan/:id': {
    request: (f) => ({ url: `/fhir/R4/CarePlan/${f.caseId}.v1.a` }),
    // Version 1 is the team's save, or (in a parent's own case) the goal the family wrote above.
    expect: (role, rel) => (inFamily(role) && rel === 'own_case' ? 200 : caseWrite(role, rel)),
    anonymous: 401,
  },
  'GET /fhir/R4/CarePlan': {
    request: (f) => ({ url: `/fhir/R4/CarePlan?episode-of-care=${f.caseId}` }),
    expect: caseFile,
    anonymous: 401,
  },
  'GET /fhir/R4/Goal/:id': {
    request: (f) => ({ url: `/fhir/R4/Goal/${f.caseId}.g1` }),
    expect: caseWrite,
    anonymous: 401,
  },
  'GET /fhir/R4/Goal': {
    request: (f) => ({ url: `/fhir/R4/Goal?episode-of-care=${f.caseId}` }),
    expect: caseFile,
    anonymous: 401,
  },
  'PUT /fhir/R4/Task/:id': {
    request: (f) => ({
      url: `/fhir/R4/Task/${f.referralId}`,
      body: { resourceType: 'Task', id: f.referralId, status: 'in-progress', intent: 'order' },
    }),
    expect: (role, rel) => (isIntake(role, rel) ? 200 : rel === 'referrer' ? 409 : 404),
    anonymous: 401,
  },

  // Administration.
  'GET /api/v1/admin/organizations': {
    request: () => ({ url: '/api/v1/admin/organizations' }),
    expect: admin,
    anonymous: 401,
  },
  'GET /api/v1/admin/teams': {
    request: () => ({ url: '/api/v1/admin/teams' }),
    expect: admin,
    anonymous: 401,
  },
  'POST /api/v1/admin/teams': {
    request: (f) => ({
      url: '/api/v1/admin/teams',
      body: { organizationId: f.ownOrganizationId, name: `Team ${f.unique}` },
    }),
    expect: onlyRight(['administrator'], 201),
    anonymous: 401,
  },
  'GET /api/v1/admin/users': {
    request: () => ({ url: '/api/v1/admin/users' }),
    expect: admin,
    anonymous: 401,
  },
  'POST /api/v1/admin/invitations': {
    request: (f) => ({
      url: '/api/v1/admin/invitations',
      body: {
        email: `nieuw-${f.unique}@example.be`,
        displayName: 'Nieuwe Collega',
        organizationId: f.ownOrganizationId,
        role: 'first_line',
      },
    }),
    // A role that opens family data waits for a second administrator.
    expect: onlyRight(['administrator'], 202),
    anonymous: 401,
  },
  'PATCH /api/v1/admin/memberships/:id': {
    request: (f) => ({
      url: `/api/v1/admin/memberships/${f.spareMembershipId}`,
      body: { role: 'reception' },
    }),
    expect: adminOfA(202),
    anonymous: 401,
  },
  'POST /api/v1/admin/users/:id/deactivate': {
    request: (f) => ({ url: `/api/v1/admin/users/${f.spareUserId}/deactivate` }),
    expect: adminOfA(),
    anonymous: 401,
    late: 1,
  },
  'GET /api/v1/admin/role-grants': {
    request: () => ({ url: '/api/v1/admin/role-grants' }),
    expect: admin,
    anonymous: 401,
  },
  // A grant that does not exist (the four-eyes flow has its own test).
  'POST /api/v1/admin/role-grants/:id/approve': {
    request: (f) => ({ url: `/api/v1/admin/role-grants/${f.spareUserId}/approve` }),
    expect: onlyRight(['administrator'], 404),
    anonymous: 401,
  },
  'POST /api/v1/admin/role-grants/:id/reject': {
    request: (f) => ({ url: `/api/v1/admin/role-grants/${f.spareUserId}/reject` }),
    expect: onlyRight(['administrator'], 404),
    anonymous: 401,
  },
  'GET /api/v1/admin/outbox': {
    request: () => ({ url: '/api/v1/admin/outbox' }),
    expect: admin,
    anonymous: 401,
  },
};

export const actors: Actor[] = [
  ...roles.flatMap((role) => relationships.map((relationship) => ({ role, relationship }))),
  'anonymous',
];

export function actorName(actor: Actor): string {
  return actor === 'anonymous' ? 'anonymous' : `${actor.role}/${actor.relationship}`;
}

export function expected(entry: Entry, actor: Actor): number {
  return actor === 'anonymous' ? entry.anonymous : entry.expect(actor.role, actor.relationship);
}
