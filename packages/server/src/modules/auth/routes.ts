/** Sign-in, second factor, enrolment, sign-out, password change and invitations. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  languageChoiceSchema,
  profileUpdateSchema,
  requiresSecondFactor,
  sessionViewSchema,
  looksLikePhone,
} from '@omringd/core';
import type { ModuleDeps } from '../../app.ts';
import { AppError } from '../../platform/errors.ts';
import { loadMemberships } from '../../kernel/principal.ts';
import { revokeSession, SESSION_COOKIE } from '../../kernel/sessions.ts';
import { acceptInvitation, describeInvitation } from '../accounts/invitations.ts';
import { completeSignIn } from './completeSignIn.ts';
import { setSessionCookie } from './sessionCookie.ts';
import { confirmEnrolment, startEnrolment } from './enrolment.ts';
import { changePassword } from './passwordChange.ts';
import { updateProfile } from './profile.ts';
import { chooseLanguage } from './language.ts';
import { MAX_PASSWORD_LENGTH } from './passwords.ts';
import { completeWithSecondFactor, signInWithPassword } from './signIn.ts';

const credentials = z.object({
  /** The sign-in name: an e-mail address, or a family account's mobile number. */
  email: z
    .string()
    .trim()
    .max(254)
    .refine((v) => (v.includes('@') ? z.email().safeParse(v).success : looksLikePhone(v)), {
      error:
        'Enter your e-mail address, e.g. naam@organisatie.be (or, for a family account, your mobile number).',
    }),
  password: z.string().min(1, { error: 'Enter your password.' }).max(MAX_PASSWORD_LENGTH),
});
const codeBody = z.union([
  z.object({ code: z.string().min(6).max(10) }),
  z.object({ recoveryCode: z.string().min(16).max(40) }),
]);
const nextStep = z.object({
  next: z.enum(['done', 'totp', 'totp_enrolment', 'email_code']),
  csrfToken: z.string(),
});

export const authRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const secure = deps.publicUrl?.startsWith('https://') ?? false;
    const setCookie = (reply: FastifyReply, token: string) =>
      setSessionCookie(reply, token, secure);
    const clearSessionCookie = (reply: FastifyReply) =>
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure, sameSite: 'strict' });
    const tags = ['sign-in'];

    app.get(
      '/api/v1/auth/session',
      {
        config: { access: 'pending' },
        schema: {
          tags,
          summary: 'The current session: who, which roles, the CSRF token',
          response: { 200: sessionViewSchema },
        },
      },
      async (request) => {
        const session = request.session;
        if (session === null) throw new AppError('unauthenticated', 'Sign in first.');
        const principal = request.access.principal;
        await request.access.record({
          action: 'read',
          subjectType: 'session',
          subjectId: session.id,
          purpose: 'administration',
          outcome: 'success',
          as: principal?.memberships[0],
        });
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
            phone: principal.phone,
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
        const result = await signInWithPassword(request.access, {
          ...request.body,
          userAgent: request.headers['user-agent'] ?? null,
        });
        setCookie(reply, result.token);
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
        const completed = await completeWithSecondFactor(request.access, session, {
          code: 'code' in request.body ? request.body.code : undefined,
          recoveryCode: 'recoveryCode' in request.body ? request.body.recoveryCode : undefined,
        });
        setCookie(reply, completed.token);
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
        return startEnrolment(request.access, session);
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
        const confirmed = await confirmEnrolment(request.access, session, request.body.code);
        if (confirmed.completed !== null) setCookie(reply, confirmed.completed.token);
        return {
          recoveryCodes: confirmed.recoveryCodes,
          csrfToken: confirmed.completed?.csrfToken ?? session.csrfToken,
        };
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
        if (session !== null)
          await request.access.audited(
            {
              action: 'logout',
              subjectType: 'session',
              subjectId: session.id,
              purpose: 'administration',
            },
            async (scope) => {
              scope.actAs(request.access.principal?.memberships[0]);
              await revokeSession(scope.tx, session.id, 'logout', scope.now);
            },
          );
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
        await changePassword(request.access, request.body);
        clearSessionCookie(reply);
        return { ok: true, signInAgain: true };
      },
    );

    app.put(
      '/api/v1/auth/profile',
      {
        config: { access: 'signed_in' },
        schema: {
          tags,
          summary: 'My own details: the work phone referrers see when I am their contact person',
          body: profileUpdateSchema,
          response: { 200: z.object({ phone: z.string().nullable() }) },
        },
      },
      (request) => updateProfile(request.access, request.body),
    );

    app.put(
      '/api/v1/auth/language',
      {
        config: { access: 'signed_in' },
        schema: {
          tags,
          summary: 'The language I read Omringd in, kept for my next sign-in on any device',
          body: languageChoiceSchema,
          response: { 200: languageChoiceSchema },
        },
      },
      (request) => chooseLanguage(request.access, request.body.language),
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
      (request) =>
        describeInvitation(request.access.identityData(), request.params.token, deps.clock()),
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
        const { userId } = await acceptInvitation(
          request.access.identityData(),
          request.params.token,
          request.body.password,
          deps.clock(),
        );
        const held = await loadMemberships(request.access.identityData(), userId);
        const signedIn = await completeSignIn(request.access, {
          userId,
          method: 'password',
          pendingStep: requiresSecondFactor(held.map((m) => m.role)) ? 'totp_enrolment' : null,
          userAgent: request.headers['user-agent'] ?? null,
          details: { step: 'invitation_accepted' },
        });
        setCookie(reply, signedIn.token);
        return { next: signedIn.next, csrfToken: signedIn.session.csrfToken };
      },
    );
  };
