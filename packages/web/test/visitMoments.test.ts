/** A moment the family or the coordinator types, read as Brussels wall-clock time. */
import { describe, expect, it } from 'vitest';
import { brusselsInputToIso } from '../src/pages/portal/visitMoments.ts';

describe('a moment typed in a datetime-local field', () => {
  it('is Brussels time in winter and in summer', () => {
    expect(brusselsInputToIso('2026-12-21T16:00')).toBe('2026-12-21T15:00:00.000Z');
    expect(brusselsInputToIso('2026-07-01T09:30')).toBe('2026-07-01T07:30:00.000Z');
  });

  it('survives the clock changes', () => {
    // 29 March 2026, 02:30 does not exist in Brussels; 25 October, 02:30 exists twice.
    expect(brusselsInputToIso('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(brusselsInputToIso('2026-10-25T02:30')).toMatch(/^2026-10-25T0[01]:30:00\.000Z$/);
  });

  it('is nothing when it is not a moment', () => {
    expect(brusselsInputToIso('')).toBeNull();
    expect(brusselsInputToIso('2026-02-31T10:00')).toBeNull();
    expect(brusselsInputToIso('morgen')).toBeNull();
  });
});
