/**
 * The audit trail: written in the same transaction as the data, append-only in the database,
 * hash-chained, verifiable by the CLI; "who looked at this file" for the case coordinator.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { AccessContext } from '../../src/kernel/accessContext.ts';
import { verifyAuditChain } from '../../src/kernel/audit/verifyChain.ts';
import { auditChain, auditEvents } from '../../src/kernel/audit/auditSchema.ts';
import { sealAuditTrail } from '../../src/kernel/audit/sealer.ts';
import { notifications } from '../../src/kernel/tables/notificationSchema.ts';
import { closeTestApp, createTestApp, type TestApp } from '../support/testApp.ts';
import { storageModes } from '../support/storageModes.ts';
import { Agent, createPerson, twoOrganizations, type Person } from '../support/people.ts';
import { builtCli, repoRoot } from '../support/cli.ts';

const run = promisify(execFile);

type CaseBody = {
  id: string;
  title: string;
  restricted: Record<string, { visible: boolean; value?: string }>;
};
type AuditLine = {
  action: string;
  outcome: string;
  userName: string | null;
  purpose: string | null;
};

describe.each(storageModes)('audit trail on %s', (mode) => {
  let t: TestApp;
  let coordinator: Person;
  let nurse: Person;
  let stranger: Person;
  let elsewhere: Person;
  let caseId: string;
  const later = (ms = 31_000) => {
    t.now.value = new Date(t.now.value.getTime() + ms);
  };
  const signedIn = async (person: Person) => {
    later();
    const agent = new Agent(t.app, t.now);
    const result = await agent.signIn(person);
    if (result.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(result.body)}`);
    return agent;
  };

  beforeAll(async () => {
    t = await createTestApp(mode, undefined, { rateLimitPerMinute: false });
    const [orgA, orgB] = await twoOrganizations(t.database.db);
    coordinator = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: orgA,
      name: 'Carla Regie',
      now: t.now.value,
    });
    nurse = await createPerson(t.database.db, {
      role: 'first_line',
      organizationId: orgA,
      name: 'Nele Thuiszorg',
      now: t.now.value,
    });
    // A coordinator of the same organisation, outside the case team.
    stranger = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: orgA,
      name: 'Stef Elders',
      now: t.now.value,
    });
    elsewhere = await createPerson(t.database.db, {
      role: 'case_coordinator',
      organizationId: orgB,
      name: 'Olga Ander',
      now: t.now.value,
    });
    const carla = await signedIn(coordinator);
    const created = await carla.request<CaseBody>('POST', '/api/v1/cases', {
      organizationId: orgA,
      familyLabel: 'Gezin Janssens',
      title: 'Zwangerschap met zorgen',
      concern: 'Weinig netwerk.',
      restricted: { addiction: 'Vader gebruikt cannabis.' },
    });
    expect(created.status).toBe(201);
    caseId = created.body.id;
    expect(
      (
        await carla.request('POST', `/api/v1/cases/${caseId}/members`, {
          userId: nurse.id,
          organizationId: orgA,
        })
      ).status,
    ).toBe(200);
  });
  afterAll(() => closeTestApp(t));

  it('shows restricted fields only to the roles named for them', async () => {
    const carla = await signedIn(coordinator);
    const asCoordinator = await carla.request<CaseBody>('GET', `/api/v1/cases/${caseId}`);
    expect(asCoordinator.body.restricted.addiction).toEqual({
      visible: true,
      value: 'Vader gebruikt cannabis.',
    });
    const nele = await signedIn(nurse);
    const asNurse = await nele.request<CaseBody>('GET', `/api/v1/cases/${caseId}`);
    expect(asNurse.status).toBe(200);
    expect(asNurse.body.restricted.addiction).toEqual({ visible: false });
    expect(JSON.stringify(asNurse.body)).not.toContain('cannabis');
    const change = await nele.request('PATCH', `/api/v1/cases/${caseId}`, {
      restricted: { addiction: 'x' },
    });
    expect(change.status).toBe(403);
  });

  it('lets the coordinator see who looked at the file, and audits that look too', async () => {
    const stef = await signedIn(stranger);
    expect((await stef.request('GET', `/api/v1/cases/${caseId}`)).status).toBe(404);
    const carla = await signedIn(coordinator);
    const trail = await carla.request<AuditLine[]>('GET', `/api/v1/cases/${caseId}/audit`);
    expect(trail.status).toBe(200);
    const lines = trail.body.map((l) => `${l.userName ?? ''}:${l.action}:${l.outcome}`);
    expect(lines).toContain('Nele Thuiszorg:read:success');
    expect(lines).toContain('Stef Elders:read:denied');
    const again = await carla.request<AuditLine[]>('GET', `/api/v1/cases/${caseId}/audit`);
    expect(again.body[0]).toMatchObject({
      action: 'read_audit',
      userName: 'Carla Regie',
      purpose: 'audit',
    });
  });

  it('break-the-glass opens the file for a while, notifies the coordinator and says so in the trail', async () => {
    const stef = await signedIn(stranger);
    const short = await stef.request<{ error: { code: string } }>(
      'POST',
      `/api/v1/cases/${caseId}/break-glass`,
      { reason: 'nu' },
    );
    expect(short.status).toBe(400);
    // A coordinator of another organisation cannot break the glass: for them the case is not there.
    const olga = await signedIn(elsewhere);
    const foreign = await olga.request('POST', `/api/v1/cases/${caseId}/break-glass`, {
      reason: 'Politie belt: kind alleen thuis, moeder onbereikbaar.',
    });
    expect(foreign.status).toBe(404);
    const [refused] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.userId, elsewhere.id), eq(auditEvents.action, 'break_glass')));
    expect(refused).toMatchObject({ outcome: 'denied', caseId });
    expect(refused?.details).toMatchObject({ reason: 'other_organisation' });
    const opened = await stef.request('POST', `/api/v1/cases/${caseId}/break-glass`, {
      reason: 'Politie belt: kind alleen thuis, moeder onbereikbaar.',
    });
    expect(opened.status).toBe(200);
    const read = await stef.request<CaseBody>('GET', `/api/v1/cases/${caseId}`);
    expect(read.status).toBe(200);
    expect(read.body.restricted.addiction).toEqual({ visible: false });
    expect((await stef.request('PATCH', `/api/v1/cases/${caseId}`, { concern: 'x' })).status).toBe(
      404,
    );
    const carla = await signedIn(coordinator);
    const notices = await carla.request<{ kind: string; params: { reason: string } }[]>(
      'GET',
      '/api/v1/notifications',
    );
    expect(notices.body[0]).toMatchObject({
      kind: 'break_glass',
      params: { reason: 'Politie belt: kind alleen thuis, moeder onbereikbaar.' },
    });
    const [notice] = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, coordinator.id), eq(notifications.kind, 'break_glass')));
    expect(notice?.params).toContain('kind alleen thuis');
    const [row] = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.caseId, caseId),
          eq(auditEvents.action, 'break_glass'),
          eq(auditEvents.userId, stranger.id),
        ),
      );
    expect(row).toMatchObject({
      userName: 'Stef Elders',
      purpose: 'emergency',
      outcome: 'success',
    });
    later(4 * 3600_000 + 60_000);
    const expired = await signedIn(stranger);
    expect((await expired.request('GET', `/api/v1/cases/${caseId}`)).status).toBe(404);
  });

  it('a failed write leaves no success row, only a failure row; the data is rolled back', async () => {
    const before = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, 'failing-write'));
    expect(before[0]?.n).toBe(0);
    const ctx = new AccessContext(
      t.database,
      {
        userId: coordinator.id,
        email: coordinator.email,
        displayName: 'Carla Regie',
        locale: 'nl',
        phone: null,
        memberships: [],
        roles: ['case_coordinator'],
        rights: new Set(),
        sessionId: 's',
        csrfToken: 'c',
      },
      '10.1.1.1',
      null,
      () => t.now.value,
    );
    await expect(
      ctx.audited(
        { action: 'update', subjectType: 'case', subjectId: 'failing-write', purpose: 'care' },
        async (scope) => {
          scope.note({ wrote: 'something' });
          throw new Error('the disk is full');
        },
      ),
    ).rejects.toThrow('the disk is full');
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.userId, coordinator.id));
    // One row: the failure, naming what it was about; no success row survived the rollback.
    expect(rows.filter((r) => r.subjectId === 'failing-write')).toHaveLength(1);
    expect(rows.at(-1)).toMatchObject({
      outcome: 'failure',
      ip: '10.1.1.1',
      subjectType: 'case',
      subjectId: 'failing-write',
    });
    expect(rows.at(-1)?.details).toMatchObject({ error: 'Error', wrote: 'something' });
  });

  it('records sign-in, failed sign-in and sign-out with the network address', async () => {
    const agent = new Agent(t.app, t.now, '192.0.2.7');
    await agent.request('POST', '/api/v1/auth/login', { email: nurse.email, password: 'verkeerd' });
    const [failed] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'login_failed'), eq(auditEvents.ip, '192.0.2.7')));
    expect(failed).toMatchObject({ outcome: 'failure', subjectId: nurse.id });
  });

  it('the database refuses to change or delete audit rows', async () => {
    const db = t.database.db;
    await expect(
      db.execute(sql`UPDATE audit_events SET outcome = 'success' WHERE outcome = 'denied'`),
    ).rejects.toThrow();
    await expect(db.execute(sql`DELETE FROM audit_events`)).rejects.toThrow();
    await expect(db.execute(sql`TRUNCATE audit_events`)).rejects.toThrow();
    await sealAuditTrail(db);
    await expect(db.execute(sql`UPDATE audit_chain SET hash = prev_hash`)).rejects.toThrow();
    await expect(db.execute(sql`DELETE FROM audit_chain`)).rejects.toThrow();
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(true);
  });

  it('the hash chain finds a row changed behind the triggers, and the CLI reports the first broken link', async () => {
    const db = t.database.db;
    await sealAuditTrail(db);
    const intact = await verifyAuditChain(db);
    if (!intact.ok) throw new Error(intact.problem);
    expect(intact.rows).toBeGreaterThan(10);
    expect(intact.unsealed).toBe(0);
    const [victim] = await db
      .select({ id: auditEvents.id, position: auditChain.position })
      .from(auditEvents)
      .innerJoin(auditChain, eq(auditChain.eventId, auditEvents.id))
      .where(eq(auditEvents.outcome, 'denied'))
      .orderBy(auditChain.position)
      .limit(1);
    if (victim === undefined) throw new Error('no denied row');
    // A superuser can switch the triggers off; the chain still tells.
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(sql`UPDATE audit_events SET outcome = 'success' WHERE id = ${victim.id}`);
    });
    const broken = await verifyAuditChain(db);
    expect(broken).toMatchObject({ ok: false, brokenAt: victim.position });
    if (t.database.url !== undefined) {
      const result = await run(process.execPath, [builtCli, 'verify-audit'], {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: t.database.url },
      }).then(
        () => ({ code: 0, stderr: '' }),
        // execFile rejects with the exit code and the output of the process.
        (error: unknown) => error as { code: number; stderr: string },
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`broken at row ${String(victim.position)}`);
    }
  });
});
