// Loads the registry's real data, with provenance, into an empty database: one transaction,
// all or nothing.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { refreshSearchKeys } from '@/lib/place-names/search-refresh';
import { seedLocalGovernments, seedOffices, seedRegions } from './geography';
import { seedLocalGovernmentHistory } from './history';
import { seedNetworks } from './networks';
import { seedAnnouncements, seedDesignations, seedEvaluations, seedProgrammes, seedPublishedFigures } from './registry';
import { assignEvaluationGroups, linkDesignationSources, seedEvaluationSchedule } from './schedule';

export async function isSeeded(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.region.count()) > 0;
}

export async function seedDatabase(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      const regions = await seedRegions(tx);
      const { localGovernments, former } = await seedLocalGovernmentHistory(tx, {
        regions,
        localGovernments: await seedLocalGovernments(tx, regions),
      });
      await seedOffices(tx, regions, localGovernments);
      const announcements = await seedAnnouncements(tx);
      await seedDesignations(tx, { regions, localGovernments, former, announcements });
      await seedPublishedFigures(tx);
      await linkDesignationSources(tx, announcements);
      await seedEvaluationSchedule(tx, announcements);
      await assignEvaluationGroups(tx);
      await seedEvaluations(tx, { localGovernments, announcements });
      await seedProgrammes(tx, { regions, localGovernments, announcements });
      await seedNetworks(tx, { regions, localGovernments });
      // Last: the search keys hold every name, period and succession loaded above.
      await refreshSearchKeys(tx);
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}
