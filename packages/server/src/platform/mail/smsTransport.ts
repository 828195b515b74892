/**
 * Text messages through an HTTP gateway: one POST per message with {"to", "text"} as JSON and the
 * token as a bearer token. Belgian SMS providers and an adapter in front of any other take this
 * shape; a refusal (not 2xx) is an error the outbox keeps and retries.
 */
import type { TextTransport } from './outbox.ts';

export function smsTransport(url: string, token: string | undefined): TextTransport {
  return {
    async send(message) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify({ to: message.to, text: message.text }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok)
        throw new Error(
          `The text-message gateway answered ${String(response.status)}: ${(await response.text()).slice(0, 200)}`,
        );
    },
  };
}
