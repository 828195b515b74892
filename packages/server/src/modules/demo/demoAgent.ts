/**
 * The demo's families are made the way a person makes them: over the HTTP API, signed in as the
 * invented professional, so every referral and case is checked, routed and audited as usual.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { SESSION_COOKIE } from '../../kernel/sessions.ts';

export class DemoAgent {
  private cookie = '';
  private csrf = '';
  constructor(private readonly app: FastifyInstance) {}

  static async as(app: FastifyInstance, personId: string): Promise<DemoAgent> {
    const agent = new DemoAgent(app);
    await agent.call('POST', '/api/v1/demo/sign-in', { personId });
    return agent;
  }

  /** Answers the body; any refusal stops the demo's loading with what the API said. */
  async call<T = { id: string }>(
    method: InjectOptions['method'],
    url: string,
    payload?: object,
  ): Promise<T> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookie === '' ? {} : { cookie: `${SESSION_COOKIE}=${this.cookie}` }),
        ...(this.csrf === '' ? {} : { 'x-csrf-token': this.csrf }),
      },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    if (response.statusCode >= 300)
      throw new Error(`The demo could not ${String(method)} ${url}: ${response.body}`);
    const set = response.cookies.find((c) => c.name === SESSION_COOKIE);
    if (set !== undefined) this.cookie = set.value;
    const body = response.json<T & { csrfToken?: string }>();
    if (typeof body.csrfToken === 'string') this.csrf = body.csrfToken;
    return body;
  }
}
