/**
 * Where a referral stands against its programme's service levels: when each clock started, when
 * it is due (Brussels, see `dueAt`), and when it was met. The same answer for the pages, the
 * FHIR facade and the deadline sweep.
 */
import { dueAt } from './brusselsTime.ts';
import { outcomeOf, type ServiceLevel, type ServiceLevelOutcome } from './programme.ts';

/** The moments of one referral that start or stop a clock (null: not yet). */
export type ReferralMoments = {
  sentAt: Date | null;
  acceptedAt: Date | null;
  /** The receiving side's first decision (accepted or declined): the feedback to the referrer. */
  firstAnswerAt: Date | null;
  startedAt: Date | null;
  careTableAgreedAt: Date | null;
  careTableHeldAt: Date | null;
};

export type ServiceLevelState = {
  level: ServiceLevel;
  startedAt: Date;
  dueAt: Date;
  metAt: Date | null;
};

function startOf(level: ServiceLevel, m: ReferralMoments): Date | null {
  switch (level.from) {
    case 'referral_sent':
      return m.sentAt;
    case 'referral_accepted':
      return m.acceptedAt;
    case 'parents_agreed_care_table':
      return m.careTableAgreedAt;
  }
}

function metOf(outcome: ServiceLevelOutcome, m: ReferralMoments): Date | null {
  switch (outcome) {
    case 'first_answer':
      return m.firstAnswerAt;
    case 'work_started':
      return m.startedAt;
    case 'care_table_held':
      return m.careTableHeldAt;
  }
}

/** The levels whose clock has started, each with its due moment and when it was met. */
export function serviceLevelStates(
  levels: readonly ServiceLevel[],
  moments: ReferralMoments,
): ServiceLevelState[] {
  return levels.flatMap((level) => {
    const startedAt = startOf(level, moments);
    if (startedAt === null) return [];
    return [
      {
        level,
        startedAt,
        dueAt: dueAt(startedAt, level.within),
        metAt: metOf(outcomeOf(level), moments),
      },
    ];
  });
}
