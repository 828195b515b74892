/**
 * People for access tests: accounts written as an accepted invitation would leave them (password,
 * confirmed authenticator, membership), and an agent that signs in over HTTP like a browser,
 * keeping the session cookie and the CSRF token.
 */
import type { Role } from '@omringd/core';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/platform/db/database.ts';
import { memberships, users } from '../../src/platform/db/identitySchema.ts';
import { organizations } from '../../src/platform/db/schema.ts';
import { hashPassword } from '../../src/modules/auth/passwords.ts';
import { newTotpSecret, totpCode } from '../../src/modules/auth/totp.ts';
import { SESSION_COOKIE } from '../../src/kernel/sessions.ts';

export const PASSWORD = 'Kastanjeboom-Regenjas-Vlieger-42';
let passwordHash: Promise<string> | undefined;

export type Person = {
  id: string;
  email: string;
  totpSecret: string;
  role: Role;
  organizationId: string;
};

export async function twoOrganizations(db: Db): Promise<[string, string]> {
  const found = await db
    .select({ id: organizations.id })
    .from(organizations)
    .orderBy(organizations.name)
    .limit(2);
  const [a, b] = found;
  if (a === undefined || b === undefined)
    throw new Error('The demo social map has fewer than two organisations.');
  return [a.id, b.id];
}

export async function createPerson(
  db: Db,
  input: {
    role: Role;
    organizationId: string;
    name: string;
    now: Date;
    withTotp?: boolean;
    regionProvinces?: string[];
  },
): Promise<Person> {
  passwordHash ??= hashPassword(PASSWORD);
  const id = randomUUID();
  const email = `${input.name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.be`;
  const totpSecret = newTotpSecret();
  await db.insert(users).values({
    id,
    email,
    displayName: input.name,
    passwordHash: await passwordHash,
    status: 'active',
    totpSecret: input.withTotp === false ? null : totpSecret,
    createdAt: input.now,
  });
  await db.insert(memberships).values({
    id: randomUUID(),
    userId: id,
    organizationId: input.organizationId,
    role: input.role,
    regionProvinces: input.regionProvinces ?? [],
    createdAt: input.now,
  });
  return { id, email, totpSecret, role: input.role, organizationId: input.organizationId };
}

export async function membershipOf(db: Db, userId: string): Promise<string> {
  const [m] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  if (m === undefined) throw new Error('no membership');
  return m.id;
}

export class Agent {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(
    private readonly app: FastifyInstance,
    private readonly clock: { value: Date },
    /** The network address the requests come from (throttling counts per address). */
    private readonly ip = '127.0.0.1',
  ) {}

  async request<T = Record<string, unknown>>(
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
  ): Promise<{ status: number; body: T; headers: Record<string, unknown> }> {
    const headers: Record<string, string> = {};
    if (this.cookie !== null) headers.cookie = `${SESSION_COOKIE}=${this.cookie}`;
    if (this.csrf !== null) headers['x-csrf-token'] = this.csrf;
    const response = await this.app.inject({
      method,
      url,
      headers,
      remoteAddress: this.ip,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    const set = response.cookies.find((c) => c.name === SESSION_COOKIE);
    if (set !== undefined) this.cookie = set.value === '' ? null : set.value;
    const json = (response.headers['content-type'] ?? '').includes('json');
    // A file (a PDF, a calendar) is answered as text; everything else is JSON.
    const body: unknown = response.body === '' ? null : json ? response.json() : response.body;
    if (
      typeof body === 'object' &&
      body !== null &&
      'csrfToken' in body &&
      typeof body.csrfToken === 'string'
    )
      this.csrf = body.csrfToken;
    // The caller states the body it expects; the assertions check it.
    return { status: response.statusCode, body: body as T, headers: response.headers };
  }

  /** A request whose answer is not JSON (a file): the body as text, and as bytes. */
  async raw(
    method: InjectOptions['method'],
    url: string,
  ): Promise<{ status: number; body: string; bytes: Buffer; headers: Record<string, unknown> }> {
    const headers: Record<string, string> = {};
    if (this.cookie !== null) headers.cookie = `${SESSION_COOKIE}=${this.cookie}`;
    if (this.csrf !== null) headers['x-csrf-token'] = this.csrf;
    const response = await this.app.inject({ method, url, headers, remoteAddress: this.ip });
    return {
      status: response.statusCode,
      body: response.body,
      bytes: response.rawPayload,
      headers: response.headers,
    };
  }

  /** Password, then the code of the authenticator at the agent's clock. */
  async signIn(person: Person, password = PASSWORD) {
    const first = await this.request<{ next?: string }>('POST', '/api/v1/auth/login', {
      email: person.email,
      password,
    });
    if (first.status !== 200) return first;
    if (first.body.next !== 'totp') return first;
    return this.request('POST', '/api/v1/auth/second-factor', {
      code: totpCode(person.totpSecret, this.clock.value),
    });
  }
}

/**
 * A fresh agent signed in as this person, 31 s later on the test's clock (a new authenticator
 * step, so the code is not a replay of the last sign-in); fails the test if sign-in fails.
 */
export async function signedInAgent(
  t: { app: FastifyInstance; now: { value: Date } },
  person: Person,
  ip: string,
): Promise<Agent> {
  t.now.value = new Date(t.now.value.getTime() + 31_000);
  const agent = new Agent(t.app, t.now, ip);
  const result = await agent.signIn(person);
  if (result.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(result.body)}`);
  return agent;
}
