/**
 * A case's waiting lists: read by whoever may read the case file (the family sees its own waits),
 * written by the case team while the case is open. Adding a wait for a service the family
 * already waits for is a conflict, also when two coordinators add it at the same moment.
 */
import {
  brusselsDate,
  isOpenWait,
  provinceOfPostalCode,
  waitTransitions,
  type BridgingInput,
  type WaitInput,
  type WaitMove,
  type WaitView,
} from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, withCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { caseThemesWithin } from '../caseFile/index.ts';
import {
  bridgingOfCase,
  insertBridging,
  insertWait,
  moveWait,
  serviceOf,
  waitsOfCase,
} from './queries.ts';
import { waitView } from './view.ts';

async function waitsWithin(c: CaseAccess): Promise<WaitView[]> {
  const today = brusselsDate(c.now);
  const bridging = await bridgingOfCase(c.tx, c.caseId);
  return (await waitsOfCase(c.tx, c.caseId)).map((w) => waitView(w, bridging, today));
}

function openCaseOnly(c: CaseAccess): void {
  if (c.row.status === 'closed')
    throw new AppError(
      'conflict',
      'This case is closed; its waiting lists take no more changes.',
    ).because('case_closed');
}

const notOnMap = () =>
  new AppError(
    'invalid_input',
    'The service is not on the social map. Pick it on the social map.',
    'serviceId',
  ).because('unknown_reference');

export function listWaits(ctx: AccessContext, caseId: string): Promise<WaitView[]> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      c.note({ part: 'waits' });
      return waitsWithin(c);
    },
  );
}

export function addWait(ctx: AccessContext, caseId: string, input: WaitInput): Promise<WaitView[]> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'create', purpose: 'care' },
    async (c) => {
      openCaseOnly(c);
      const service = await serviceOf(c.tx, input.serviceId);
      if (service === undefined) throw notOnMap();
      const { postalCode } = await caseThemesWithin(c);
      const region =
        (postalCode === null ? undefined : provinceOfPostalCode(postalCode)) ?? 'unknown';
      const row = await insertWait(c.tx, {
        caseId,
        serviceId: input.serviceId,
        serviceName: service.name,
        organizationName: service.organization,
        region,
        since: input.since,
        expectedWeeks: input.expectedWeeks,
        status: 'waiting',
        statusOn: input.since,
        note: input.note,
        createdAt: c.now,
        createdByName: c.principal.displayName,
      });
      if (row === undefined)
        throw new AppError(
          'conflict',
          `The family is on the waiting list of ${service.name} already. Update that wait instead.`,
          'serviceId',
        ).because('already_waiting');
      c.note({ part: 'waits', wait: row.id });
      return waitsWithin(c);
    },
  );
}

export function moveWaitOn(
  ctx: AccessContext,
  caseId: string,
  waitId: string,
  input: WaitMove,
): Promise<WaitView[]> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      openCaseOnly(c);
      const wait = (await waitsOfCase(c.tx, caseId)).find((w) => w.id === waitId);
      if (wait === undefined)
        throw new AppError('not_found', 'This case has no such wait.').because('no_such_wait');
      if (!waitTransitions[wait.status].includes(input.to))
        throw new AppError(
          'conflict',
          `A wait that is ${wait.status} cannot become ${input.to}.`,
          'to',
        ).because('wrong_wait_step');
      if (input.on < wait.since)
        throw new AppError(
          'invalid_input',
          'The date comes on or after the wait began.',
          'on',
        ).because('before_wait');
      const moved = await moveWait(
        c.tx,
        caseId,
        waitId,
        wait.status,
        { status: input.to, statusOn: input.on, note: input.note === '' ? wait.note : input.note },
        c.now,
      );
      if (moved === undefined)
        throw new AppError(
          'conflict',
          'Someone changed this wait meanwhile. Read it again and choose the next step.',
        ).because('changed_meanwhile');
      c.note({ part: 'waits', wait: waitId, to: input.to });
      return waitsWithin(c);
    },
  );
}

export function addBridging(
  ctx: AccessContext,
  caseId: string,
  waitId: string,
  input: BridgingInput,
): Promise<WaitView[]> {
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'create', purpose: 'care' },
    async (c) => {
      openCaseOnly(c);
      const wait = (await waitsOfCase(c.tx, caseId)).find((w) => w.id === waitId);
      if (wait === undefined)
        throw new AppError('not_found', 'This case has no such wait.').because('no_such_wait');
      if (!isOpenWait(wait.status))
        throw new AppError(
          'conflict',
          'Bridging help is for a family that still waits; this wait has ended.',
        ).because('wait_ended');
      const service = input.serviceId === null ? undefined : await serviceOf(c.tx, input.serviceId);
      if (input.serviceId !== null && service === undefined) throw notOnMap();
      await insertBridging(c.tx, {
        caseId,
        waitId,
        kind: input.kind,
        serviceId: input.serviceId,
        provider:
          service === undefined ? input.provider : `${service.name} (${service.organization})`,
        fromOn: input.from,
        toOn: input.to,
        note: input.note,
        createdAt: c.now,
        createdByName: c.principal.displayName,
      });
      c.note({ part: 'bridging', wait: waitId, kind: input.kind });
      return waitsWithin(c);
    },
  );
}
