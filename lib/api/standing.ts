// A designation's derived standing (lib/designations/schedule.ts) as the API's flat fields.
import type { NextDueBasis, Standing } from '@/lib/designations/schedule';
import { type DesignationStatus, statusOf } from '@/lib/designations/status';

export type StandingFields = {
  status: DesignationStatus;
  lastEvaluationYear: number | null;
  validUntilYear: number | null;
  nextEvaluationYear: number | null;
  nextEvaluationBasis: NextDueBasis | null;
  isOutcomeMissing: boolean;
  endedOn: string | null;
  endedByYear: number | null;
};

export function standingFields(standing: Standing): StandingFields {
  const active = standing.state === 'active' ? standing : null;
  const ended = standing.state === 'ended' ? standing : null;
  return {
    status: statusOf(standing),
    lastEvaluationYear: active?.lastEvaluationYear ?? null,
    validUntilYear: active?.validUntilYear ?? null,
    nextEvaluationYear: active?.nextDueYear ?? null,
    nextEvaluationBasis: active?.nextDueBasis ?? (ended ? 'ended' : null),
    isOutcomeMissing: active?.isOutcomeMissing ?? false,
    endedOn: ended?.on ?? null,
    endedByYear: ended?.byYear ?? null,
  };
}
