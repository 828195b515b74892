/**
 * Passkeys over HTTP: signing in with one, adding one to the signed-in account, and accepting an
 * invitation with one (a parent: no password needed). Each answer is on the trail.
 */
import { requiresSecondFactor } from '@omringd/core';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { AppError } from '../../platform/errors.ts';
import { loadMemberships } from '../../kernel/principal.ts';
import { withSignedIn } from '../../kernel/guards/rightGuard.ts';
import { acceptInvitationWithPasskey, invitedPerson } from '../accounts/invitations.ts';
import { completeSignIn } from './completeSignIn.ts';
import {
  registerPasskey,
  registrationOptions,
  relyingPartyOf,
  signInOptions,
  signInWithPasskey,
  takeChallenge,
} from './passkeys.ts';
import { setSessionCookie } from './sessionCookie.ts';

const options = z.object({ challengeId: z.uuid(), options: z.looseObject({}) });
/** What the browser answers (SimpleWebAuthn checks every part of it). */
const credential = z.looseObject({
  id: z.string().min(1).max(1024),
  rawId: z.string().min(1).max(1024),
  type: z.literal('public-key'),
  response: z.looseObject({}),
});
const answer = z.object({ challengeId: z.uuid(), response: credential });
const nextStep = z.object({
  next: z.enum(['done', 'totp', 'totp_enrolment']),
  csrfToken: z.string(),
});
const tokenParams = z.object({ token: z.string().min(20).max(100) });
const tags = ['sign-in'];
const limited = { rateLimit: { max: 20, timeWindow: '1 minute' } };

export const passkeyRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const rp = relyingPartyOf(deps.publicUrl ?? 'http://localhost:3000');
    const secure = deps.publicUrl?.startsWith('https://') ?? false;

    app.post(
      '/api/v1/auth/passkey/options',
      {
        config: { access: 'public', ...limited },
        schema: { tags, summary: 'Start signing in with a passkey', response: { 200: options } },
      },
      (request) => signInOptions(request.access.identityData(), rp, deps.clock()),
    );
    app.post(
      '/api/v1/auth/passkey/sign-in',
      {
        config: { access: 'public', ...limited },
        schema: {
          tags,
          summary: 'Sign in with a passkey',
          body: answer,
          response: { 200: nextStep },
        },
      },
      async (request, reply) => {
        const signedIn = await signInWithPasskey(request.access, rp, {
          challengeId: request.body.challengeId,
          response: request.body.response as unknown as AuthenticationResponseJSON,
          userAgent: request.headers['user-agent'] ?? null,
        });
        setSessionCookie(reply, signedIn.token, secure);
        if (signedIn.next === 'email_code') throw new Error('A passkey sign-in needs no code.');
        return { next: signedIn.next, csrfToken: signedIn.session.csrfToken };
      },
    );
    app.post(
      '/api/v1/auth/passkeys/options',
      {
        config: { access: 'signed_in' },
        schema: {
          tags,
          summary: 'Start adding a passkey to my account',
          response: { 200: options },
        },
      },
      (request) =>
        withSignedIn(
          request.access,
          { audit: 'create', subjectType: 'user', purpose: 'administration' },
          async (scope) => {
            scope.about({ subjectId: scope.principal.userId });
            scope.note({ step: 'passkey_options' });
            return registrationOptions(
              scope.tx,
              rp,
              {
                id: scope.principal.userId,
                email: scope.principal.email,
                displayName: scope.principal.displayName,
              },
              'register',
              scope.now,
            );
          },
        ),
    );
    app.post(
      '/api/v1/auth/passkeys',
      {
        config: { access: 'signed_in' },
        schema: {
          tags,
          summary: 'Add a passkey to my account',
          body: answer,
          response: { 201: z.object({ added: z.literal(true) }) },
        },
      },
      async (request, reply) => {
        // The challenge is spent before the guard's transaction, so a failed step spends it too.
        const userId = request.access.principal?.userId;
        const challenge =
          userId === undefined
            ? null
            : await takeChallenge(
                request.access.identityData(),
                request.body.challengeId,
                'register',
                userId,
                deps.clock(),
              ).catch((error: unknown) => error);
        await withSignedIn(
          request.access,
          { audit: 'create', subjectType: 'user', purpose: 'administration' },
          async (scope) => {
            scope.about({ subjectId: scope.principal.userId });
            scope.note({ step: 'passkey_added' });
            // A spent or unknown challenge is refused here, on the trail like every answer.
            if (typeof challenge !== 'string') throw challenge;
            await registerPasskey(
              scope.tx,
              rp,
              scope.principal.userId,
              {
                challenge,
                response: request.body.response as unknown as RegistrationResponseJSON,
              },
              scope.now,
            );
          },
        );
        return reply.status(201).send({ added: true as const });
      },
    );

    /** Only accounts that need no authenticator app accept an invitation with a passkey. */
    const passkeyInvitee = async (db: Parameters<typeof loadMemberships>[0], userId: string) => {
      const held = (await loadMemberships(db, userId)).map((m) => m.role);
      if (requiresSecondFactor(held))
        throw new AppError(
          'conflict',
          'This invitation is accepted with a password and an authentication app. Choose a password.',
        ).because('passkey_not_for_role');
    };
    app.post(
      '/api/v1/invitations/:token/passkey-options',
      {
        config: { access: 'public', ...limited },
        schema: {
          tags,
          summary: 'Start accepting an invitation with a passkey (parents)',
          params: tokenParams,
          response: { 200: options },
        },
      },
      async (request) => {
        const db = request.access.identityData();
        const person = await invitedPerson(db, request.params.token, deps.clock());
        await passkeyInvitee(db, person.id);
        return registrationOptions(db, rp, person, 'invitation', deps.clock());
      },
    );
    app.post(
      '/api/v1/invitations/:token/accept-passkey',
      {
        config: { access: 'public', ...limited },
        schema: {
          tags,
          summary: 'Accept an invitation with a passkey, and be signed in (parents)',
          params: tokenParams,
          body: answer,
          response: { 200: nextStep },
        },
      },
      async (request, reply) => {
        const db = request.access.identityData();
        const now = deps.clock();
        const person = await invitedPerson(db, request.params.token, now);
        await passkeyInvitee(db, person.id);
        const challenge = await takeChallenge(
          db,
          request.body.challengeId,
          'invitation',
          person.id,
          now,
        );
        const { userId } = await acceptInvitationWithPasskey(
          db,
          request.params.token,
          now,
          (tx, invitee) =>
            registerPasskey(
              tx,
              rp,
              invitee,
              {
                challenge,
                response: request.body.response as unknown as RegistrationResponseJSON,
              },
              now,
            ),
        );
        const signedIn = await completeSignIn(request.access, {
          userId,
          method: 'passkey',
          pendingStep: null,
          userAgent: request.headers['user-agent'] ?? null,
          details: { step: 'invitation_accepted_with_passkey' },
        });
        setSessionCookie(reply, signedIn.token, secure);
        return { next: 'done' as const, csrfToken: signedIn.session.csrfToken };
      },
    );
  };
