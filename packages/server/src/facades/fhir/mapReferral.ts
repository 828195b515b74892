/**
 * Referrals as FHIR R4 resources for closed-loop referral: the request as a ServiceRequest, the
 * work on it as a Task whose status follows ours. Only what the exchange needs leaves: the family
 * is named as the file names it, without identifiers.
 */
import type { ReferralView } from '@omringd/core';

export type FhirResource = Record<string, unknown> & { resourceType: string; id: string };

const SYSTEM = 'https://omringd.be/fhir';

function serviceRequestStatus(status: string): string {
  switch (status) {
    case 'draft':
      return 'draft';
    case 'completed':
      return 'completed';
    case 'rejected':
    case 'cancelled':
    case 'failed':
      return 'revoked';
    case 'on-hold':
      return 'on-hold';
    default:
      return 'active';
  }
}

function familyDisplay(r: ReferralView): string {
  const parents = r.content.family.parents.map((p) => p.name).filter((n) => n !== '');
  return parents.length > 0 ? `Gezin ${parents.join(' en ')}` : 'Gezin';
}

export function toServiceRequest(r: ReferralView, baseUrl: string): FhirResource {
  return {
    resourceType: 'ServiceRequest',
    id: r.id,
    meta: { lastUpdated: r.updatedAt },
    status: serviceRequestStatus(r.status),
    intent: 'order',
    code: { text: r.programmeKey ?? 'warm referral' },
    subject: { display: familyDisplay(r) },
    ...(r.sentAt === null ? {} : { authoredOn: r.sentAt }),
    requester: { display: r.referrer.displayName },
    performer: [{ display: r.receivingOrganizationName }],
    reasonCode:
      r.content.concern.behaviour === '' ? undefined : [{ text: r.content.concern.behaviour }],
    extension: r.flaggedIneligible
      ? [{ url: `${SYSTEM}/StructureDefinition/flagged-ineligible`, valueBoolean: true }]
      : undefined,
    identifier: [{ system: `${baseUrl}/api/v1/referrals`, value: r.id }],
  };
}

export function toTask(r: ReferralView): FhirResource {
  return {
    resourceType: 'Task',
    id: r.id,
    meta: { lastUpdated: r.updatedAt },
    status: r.status,
    intent: 'order',
    ...(r.outcomeReason === null
      ? {}
      : {
          statusReason: {
            coding: [{ system: `${SYSTEM}/CodeSystem/outcome-reason`, code: r.outcomeReason }],
          },
        }),
    focus: { reference: `ServiceRequest/${r.id}` },
    for: { display: familyDisplay(r) },
    ...(r.sentAt === null ? {} : { authoredOn: r.sentAt }),
    lastModified: r.updatedAt,
    requester: { display: r.referrer.displayName },
    ...(r.assignedTo === null
      ? {}
      : {
          owner: {
            reference: `Practitioner/${r.assignedTo.id}`,
            display: r.assignedTo.displayName,
          },
        }),
    ...(r.feedback === '' ? {} : { note: [{ text: r.feedback }] }),
    restriction: r.deadlines.length === 0 ? undefined : { period: { end: r.deadlines[0]?.dueAt } },
  };
}

/** JSON without undefined members (FHIR forbids empty or null elements). */
export function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function searchBundle(resources: FhirResource[], selfUrl: string): Record<string, unknown> {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: resources.length,
    link: [{ relation: 'self', url: selfUrl }],
    entry: resources.map((resource) => ({
      fullUrl: `${selfUrl.split('?')[0] ?? ''}/${resource.id}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

export function operationOutcome(code: string, diagnostics: string): Record<string, unknown> {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics }] };
}
