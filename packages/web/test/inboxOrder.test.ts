/** The intake list's order: by the next deadline, by the end of the maximum duration, by age. */
import { describe, expect, it } from 'vitest';
import { orderInbox } from '../src/pages/referrals/inboxOrder.ts';
import type { Referral } from '../src/pages/referrals/referralTypes.ts';

const referral = (id: string, over: Partial<Referral>): Referral =>
  ({
    id,
    status: 'in-progress',
    deadlines: [],
    durationEndsAt: null,
    sentAt: '2026-11-01T09:00:00.000Z',
    createdAt: '2026-11-01T08:00:00.000Z',
    ...over,
  }) as Referral;

describe('the intake list order', () => {
  const items = [
    referral('none', {}),
    referral('late', { durationEndsAt: '2027-06-01T09:00:00.000Z' }),
    referral('soon', { durationEndsAt: '2027-01-10T09:00:00.000Z' }),
    referral('new', {
      status: 'requested',
      sentAt: '2026-11-20T09:00:00.000Z',
      deadlines: [
        {
          id: 'feedback',
          label: { nl: 'Antwoord', en: 'Answer' },
          dueAt: '2026-11-21T09:00:00.000Z',
          metAt: null,
          overdue: false,
        },
      ],
    }),
  ];
  it('puts the maximum duration that ends first on top, and those without one last', () => {
    expect(orderInbox(items, 'open', 'duration').map((r) => r.id)).toEqual([
      'soon',
      'late',
      'none',
      'new',
    ]);
  });
  it('puts the next open deadline on top', () => {
    expect(orderInbox(items, 'open', 'deadline')[0]?.id).toBe('new');
  });
  it('shows only new ones on "new", newest first when asked', () => {
    expect(orderInbox(items, 'new', 'newest').map((r) => r.id)).toEqual(['new']);
    expect(orderInbox(items, 'running', 'oldest')).toHaveLength(3);
  });
});
