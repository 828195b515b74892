/** Sign-in, second factor, enrolment, sign-out, password change and invitations. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppDeps } from '../../app.ts';
import { users } from '../../platform/db/identitySchema.ts';
import { AppError } from '../../platform/errors.ts';
import { loadMemberships } from '../../kernel/principal.ts';
import { completeWithSecondFactor, signInWithPassword } from './signIn.ts';
import { confirmEnrolment, startEnrolment } from './enrolment.ts';
import { acceptInvitation, describeInvitation } from '../accounts/invitations.ts';
import {
  checkPasswordStrength,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  verifyPassword,
} from './passwords.ts';
import {
  ABSOLUTE_TIMEOUT_MS,
  completeSession,
  createSession,
  revokeSession,
  revokeUserSessions,
  SESSION_COOKIE,
} from './sessions.ts';
import { requiresSecondFactor } from '@omringd/core';

const credentials = z.object({
  email: z.email({ error: 'Enter your e-mail address, e.g. naam@organisatie.be.' }).max(254),
  password: z.string().min(1, { error: 'Enter your password.' }).max(MAX_PASSWORD_LENGTH),
});
const codeBody = z.union([
  z.object({ code: z.string().min(6).max(10) }),
  z.object({ recoveryCode: z.string().min(16).max(40) }),
]);
const nextStep = z.object({
  next: z.enum(['done', 'totp', 'totp_enrolment']),
  csrfToken: z.string(),
});

export const authRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const secure = deps.publicUrl?.startsWith('https://') ?? false;
    const setSessionCookie = (reply: FastifyReply, token: string) =>
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        secure,
        sameSite: 'strict',
        path: '/',
        maxAge: Math.floor(ABSOLUTE_TIMEOUT_MS / 1000),
      });
    const clearSessionCookie = (reply: FastifyReply) =>
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure, sameSite: 'strict' });
    const db = deps.database.db;
    const tags = ['sign-in'];

    app.get(
      '/api/v1/auth/session',
      {
        config: { access: 'pending' },
        schema: { tags, summary: 'The current session: who, which roles, the CSRF token' },
      },
      async (request) => {
        const session = request.session;
        if (session === null) throw new AppError('unauthenticated', 'Sign in first.');
        const principal = request.access.principal;
        if (principal === null)
          return {
            state: 'pending' as const,
            pendingStep: session.pendingStep,
            csrfToken: session.csrfToken,
          };
        return {
          state: 'signed_in' as const,
          csrfToken: principal.csrfToken,
          user: {
            id: principal.userId,
            email: principal.email,
            displayName: principal.displayName,
            locale: principal.locale,
          },
          memberships: principal.memberships,
          rights: [...principal.rights],
        };
      },
    );

    app.post(
      '/api/v1/auth/login',
      {
        config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Sign in with e-mail and password',
          body: credentials,
          response: { 200: nextStep },
        },
      },
      async (request, reply) => {
        const result = await signInWithPassword(db, request.access, {
          ...request.body,
          userAgent: request.headers['user-agent'] ?? null,
        });
        setSessionCookie(reply, result.token);
        return { next: result.next, csrfToken: result.session.csrfToken };
      },
    );

    app.post(
      '/api/v1/auth/second-factor',
      {
        config: { access: 'pending', rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Finish signing in with a TOTP code or a recovery code',
          body: codeBody,
          response: { 200: nextStep },
        },
      },
      async (request, reply) => {
        const session = request.session;
        if (session === null) throw new AppError('unauthenticated', 'Sign in first.');
        const completed = await completeWithSecondFactor(db, request.access, session, {
          code: 'code' in request.body ? request.body.code : undefined,
          recoveryCode: 'recoveryCode' in request.body ? request.body.recoveryCode : undefined,
        });
        setSessionCookie(reply, completed.token);
        return { next: 'done' as const, csrfToken: completed.csrfToken };
      },
    );

    app.post(
      '/api/v1/auth/enrolment',
      {
        config: { access: 'pending' },
        schema: { tags, summary: 'Start setting up an authentication app (TOTP): secret, QR code' },
      },
      async (request) => {
        const session = request.session;
        if (session === null) throw new AppError('unauthenticated', 'Sign in first.');
        const [user] = await db.select().from(users).where(eq(users.id, session.userId));
        if (
          session.pendingStep !== 'totp_enrolment' &&
          (session.pendingStep !== null || user?.totpSecret != null)
        )
          throw new AppError(
            'conflict',
            'An authentication app is already set up for this account.',
          );
        return startEnrolment(db, session.userId);
      },
    );

    app.post(
      '/api/v1/auth/enrolment/confirm',
      {
        config: { access: 'pending' },
        schema: {
          tags,
          summary: 'Confirm the authentication app with a code; returns the recovery codes once',
          body: z.object({ code: z.string().min(6).max(10) }),
        },
      },
      async (request, reply) => {
        const session = request.session;
        if (session === null) throw new AppError('unauthenticated', 'Sign in first.');
        const now = deps.clock();
        const recoveryCodes = await confirmEnrolment(db, session.userId, request.body.code, now);
        let csrfToken = session.csrfToken;
        if (session.pendingStep === 'totp_enrolment') {
          const completed = await completeSession(db, session.id, now);
          setSessionCookie(reply, completed.token);
          csrfToken = completed.csrfToken;
        }
        const held = await loadMemberships(db, session.userId);
        await request.access.record(
          'administration',
          {
            action: 'update',
            outcome: 'success',
            subjectType: 'user',
            subjectId: session.userId,
            details: { secondFactor: 'totp_enrolled' },
          },
          held[0],
        );
        return { recoveryCodes, csrfToken };
      },
    );

    app.post(
      '/api/v1/auth/logout',
      {
        config: { access: 'pending' },
        schema: { tags, summary: 'Sign out: the session ends at once' },
      },
      async (request, reply) => {
        const session = request.session;
        if (session !== null) {
          await revokeSession(db, session.id, 'logout', deps.clock());
          await request.access.record('administration', {
            action: 'logout',
            outcome: 'success',
            subjectType: 'session',
            subjectId: session.id,
          });
        }
        clearSessionCookie(reply);
        return { ok: true };
      },
    );

    app.post(
      '/api/v1/auth/password',
      {
        config: { access: 'signed_in' },
        schema: {
          tags,
          summary: 'Change the password; every session of the account ends',
          body: z.object({
            currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
            newPassword: z.string().max(MAX_PASSWORD_LENGTH),
          }),
        },
      },
      async (request, reply) => {
        const principal = request.access.principal;
        if (principal === null) throw new AppError('unauthenticated', 'Sign in first.');
        const [user] = await db.select().from(users).where(eq(users.id, principal.userId));
        if (
          user?.passwordHash == null ||
          !(await verifyPassword(user.passwordHash, request.body.currentPassword))
        )
          throw new AppError(
            'invalid_credentials',
            'Your current password is not right.',
            'currentPassword',
          );
        const verdict = checkPasswordStrength(request.body.newPassword, [
          user.email,
          user.displayName,
        ]);
        if (!verdict.ok) throw new AppError('weak_password', verdict.reason, 'newPassword');
        const now = deps.clock();
        await db
          .update(users)
          .set({
            passwordHash: await hashPassword(request.body.newPassword),
            passwordChangedAt: now,
          })
          .where(eq(users.id, user.id));
        await revokeUserSessions(db, user.id, 'password_changed', now);
        await request.access.record('administration', {
          action: 'update',
          outcome: 'success',
          subjectType: 'user',
          subjectId: user.id,
          details: { password: 'changed', sessionsEnded: true },
        });
        clearSessionCookie(reply);
        return { ok: true, signInAgain: true };
      },
    );

    app.get(
      '/api/v1/invitations/:token',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'What an invitation link is for',
          params: z.object({ token: z.string().min(20).max(100) }),
        },
      },
      (request) => describeInvitation(db, request.params.token, deps.clock()),
    );

    app.post(
      '/api/v1/invitations/:token/accept',
      {
        config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary:
            'Accept an invitation: set the password; signing in continues with the authentication app',
          params: z.object({ token: z.string().min(20).max(100) }),
          body: z.object({ password: z.string().max(MAX_PASSWORD_LENGTH) }),
          response: { 200: nextStep },
        },
      },
      async (request, reply) => {
        const now = deps.clock();
        const { userId } = await acceptInvitation(
          db,
          request.params.token,
          request.body.password,
          now,
        );
        const held = await loadMemberships(db, userId);
        const pendingStep = requiresSecondFactor(held.map((m) => m.role))
          ? ('totp_enrolment' as const)
          : null;
        const { token, session } = await createSession(
          db,
          {
            userId,
            method: 'password',
            pendingStep,
            ip: request.ip,
            userAgent: request.headers['user-agent'] ?? null,
          },
          now,
        );
        await request.access.record(
          'administration',
          {
            action: 'login',
            outcome: 'success',
            subjectType: 'session',
            subjectId: session.id,
            details: { step: 'invitation_accepted', userId },
          },
          held[0],
        );
        setSessionCookie(reply, token);
        return { next: pendingStep ?? ('done' as const), csrfToken: session.csrfToken };
      },
    );
  };
