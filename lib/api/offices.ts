// /api/v1/offices: the offices page's read (getOfficesDirectory), as the API's shape.
import 'server-only';
import { getOfficesDirectory } from '@/lib/offices/queries';
import type { Built } from './result';
import type { OfficesQuery, Office } from './schemas';

export async function listOffices(_query: OfficesQuery): Promise<Built<Office>> {
  const { offices } = await getOfficesDirectory();
  const items = offices.map(({ provincial }) => ({
    slug: provincial.slug,
    nameKo: provincial.nameKo,
    nameEn: provincial.nameEn,
    region: { slug: provincial.region.slug, shortKo: provincial.region.shortKo, shortEn: provincial.region.shortEn },
    establishedOn: provincial.establishedOn,
    districts: provincial.districts.map((district) => ({
      slug: district.slug,
      nameKo: district.nameKo,
      nameEn: district.nameEn,
      localGovernments: district.localGovernments.map((lg) => ({
        slug: lg.slug,
        nameKo: lg.nameKo,
        nameEn: lg.nameEn,
        region: { shortKo: lg.region.shortKo, shortEn: lg.region.shortEn },
        isDesignated: lg.isDesignated,
        since: lg.since,
      })),
    })),
  }));
  return { items };
}
