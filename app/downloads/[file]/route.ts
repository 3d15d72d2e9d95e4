// GET /downloads/registry.csv and /downloads/registry.xlsx — the registry as open data (issue 6):
// today's local governments with their designation, standing and next evaluation. Public, cached.
import { contentDisposition } from '@/lib/subsidies/export-response';
import { XLSX_CONTENT_TYPE } from '@/lib/subsidies/export-xlsx';
import { registryCsv, registryXlsx } from '@/lib/open-data/files';
import { getRegistryRows } from '@/lib/open-data/queries';
import { serviceUnavailable } from '@/lib/health/response';
import { isPartnershipFile, partnershipCsv, partnershipRows } from '@/lib/open-data/partnership-files';
import koMessages from '@/messages/ko.json';

const CACHE = 'public, max-age=3600, stale-while-revalidate=86400';
/** The Korean file name (RFC 5987), from the messages like every visible string. */
const KOREAN_NAME = koMessages.OpenData.fileName;

export async function GET(_request: Request, { params }: RouteContext<'/downloads/[file]'>) {
  const { file } = await params;
  // Networks, agreements and the association's officers (issue 15).
  if (isPartnershipFile(file)) {
    const { asOf, rows } = await partnershipRows(file);
    const name = file.replace('.csv', '');
    return new Response(partnershipCsv(file, rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': contentDisposition({ ascii: `${name}-${asOf}.csv`, utf8: `${name}-${asOf}.csv` }),
        'Cache-Control': CACHE,
      },
    });
  }
  if (file !== 'registry.csv' && file !== 'registry.xlsx') return new Response('Not found', { status: 404 });
  const registry = await getRegistryRows().catch(serviceUnavailable);
  if (registry instanceof Response) return registry;
  const { asOf, rows } = registry;
  const name = (extension: string) => ({
    ascii: `learning-cities-registry-${asOf}.${extension}`,
    utf8: `${KOREAN_NAME}-${asOf}.${extension}`,
  });
  if (file === 'registry.csv') {
    return new Response(registryCsv(rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': contentDisposition(name('csv')),
        'Cache-Control': CACHE,
      },
    });
  }
  return new Response(new Uint8Array(await registryXlsx(rows, { asOf })), {
    headers: { 'Content-Type': XLSX_CONTENT_TYPE, 'Content-Disposition': contentDisposition(name('xlsx')), 'Cache-Control': CACHE },
  });
}
