/** The session cookie, set the same way by every sign-in (password, provider, demo). */
import type { FastifyReply } from 'fastify';
import { ABSOLUTE_TIMEOUT_MS, SESSION_COOKIE } from '../../kernel/sessions.ts';

/** Secure when users reach us over https (the public URL says so). */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean) {
  return reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure,
    sameSite: 'strict',
    path: '/',
    maxAge: Math.floor(ABSOLUTE_TIMEOUT_MS / 1000),
  });
}
