/** Sign-in with an OpenID Connect provider: start (redirect to the provider) and its return. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { AppError } from '../../platform/errors.ts';
import { finishOidc, startOidc } from './oidcLogin.ts';
import { setSessionCookie } from './sessionCookie.ts';
import { completeSignIn } from './completeSignIn.ts';

const FLOW_COOKIE = 'omringd_oidc';
const tags = ['sign-in'];
const params = z.object({ provider: z.string().regex(/^[a-z0-9-]{2,40}$/) });

export const oidcRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const publicUrl = deps.publicUrl ?? 'http://localhost:3000';
    const secure = publicUrl.startsWith('https://');
    const callbackOf = (provider: string) => `${publicUrl}/api/v1/auth/oidc/${provider}/callback`;

    app.get(
      '/api/v1/auth/providers',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Sign-in providers besides e-mail and password' },
      },
      () =>
        (deps.oidc?.providers ?? []).map((p) => ({
          id: p.id,
          label: p.label,
          forFamilies: p.forFamilies,
        })),
    );

    /** Starts the flow (with a family's invitation to link it to) and sends the browser there. */
    const start = async (
      request: FastifyRequest,
      reply: FastifyReply,
      provider: string,
      invitationToken?: string,
    ) => {
      if (deps.oidc === undefined)
        throw new AppError('not_found', 'No sign-in provider is configured.');
      const { url, state } = await startOidc(
        request.access.identityData(),
        deps.oidc,
        provider,
        callbackOf(provider),
        deps.clock(),
        invitationToken,
      );
      // Lax: the provider sends the browser back with a top-level navigation from its own site.
      reply.setCookie(FLOW_COOKIE, state, {
        httpOnly: true,
        secure,
        sameSite: 'lax',
        path: '/api/v1/auth/oidc',
        maxAge: 600,
      });
      return reply.redirect(url, 303);
    };

    app.get(
      '/api/v1/auth/oidc/:provider/start',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Start signing in with a provider (redirects there)', params },
      },
      async (request, reply) => start(request, reply, request.params.provider),
    );

    app.get(
      '/api/v1/invitations/:token/oidc/:provider',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            "Accept a family's invitation with a login for families (itsme, the government login): redirects there",
          params: params.extend({ token: z.string().min(20).max(200) }),
        },
      },
      async (request, reply) =>
        start(request, reply, request.params.provider, request.params.token),
    );

    app.get(
      '/api/v1/auth/oidc/:provider/callback',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Return from the provider: the session starts', params },
      },
      async (request, reply) => {
        if (deps.oidc === undefined)
          throw new AppError('not_found', 'No sign-in provider is configured.');
        const now = deps.clock();
        reply.clearCookie(FLOW_COOKIE, { path: '/api/v1/auth/oidc' });
        const callbackUrl = new URL(
          `${callbackOf(request.params.provider)}${request.url.slice(request.url.indexOf('?'))}`,
        );
        let outcome;
        try {
          outcome = await finishOidc(
            request.access.identityData(),
            deps.oidc,
            request.params.provider,
            callbackUrl,
            request.cookies[FLOW_COOKIE],
            now,
          );
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          await request.access.record({
            action: 'login_failed',
            outcome: 'failure',
            subjectType: 'session',
            purpose: 'administration',
            details: { provider: request.params.provider, reason: error.code },
          });
          // The page says the precise cause where there is one (a family login nobody linked yet).
          const cause = error.reason === 'login_not_linked' ? error.reason : error.code;
          return reply.redirect(`/aanmelden?fout=${encodeURIComponent(cause)}`, 303);
        }
        const { token } = await completeSignIn(request.access, {
          userId: outcome.userId,
          method: 'oidc',
          pendingStep: outcome.pendingStep,
          userAgent: request.headers['user-agent'] ?? null,
          details: { provider: request.params.provider },
        });
        setSessionCookie(reply, token, secure);
        return reply.redirect(outcome.pendingStep === null ? '/' : '/aanmelden', 303);
      },
    );
  };
