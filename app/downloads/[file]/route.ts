// GET /downloads/<dataset>.csv and .xlsx — the registry as open data (issues 6 and 12): today's
// local governments (registry), every designation and evaluation event with its source
// (designation-history), and every published allocation (allocations); and the networks,
// agreements and the association's officers as CSV (issue 15). Public, cached. A database that
// does not answer gives 503 (issue 13).
import { contentDisposition } from '@/lib/subsidies/export-response';
import { XLSX_CONTENT_TYPE } from '@/lib/subsidies/export-xlsx';
import { DATASETS, type DatasetId } from '@/lib/open-data/dictionary';
import { datasetCsv, datasetXlsx } from '@/lib/open-data/files';
import { getAllocationRows, getDesignationHistoryRows, getRegistryRows } from '@/lib/open-data/queries';
import { isPartnershipFile, partnershipCsv, partnershipRows } from '@/lib/open-data/partnership-files';
import { serviceUnavailable } from '@/lib/health/response';
import koMessages from '@/messages/ko.json';

const CACHE = 'public, max-age=3600, stale-while-revalidate=86400';

/** Each file's rows, English file name and Korean file name (RFC 5987), the latter from the messages. */
const FILES: Record<
  DatasetId,
  { load: () => Promise<{ asOf: string; rows: Record<string, string | number | boolean | null>[] }>; ascii: string; korean: string }
> = {
  registry: { load: getRegistryRows, ascii: 'learning-cities-registry', korean: koMessages.OpenData.fileName },
  'designation-history': {
    load: getDesignationHistoryRows,
    ascii: 'learning-cities-designation-history',
    korean: koMessages.OpenData.files.history.fileName,
  },
  allocations: { load: getAllocationRows, ascii: 'learning-cities-allocations', korean: koMessages.OpenData.files.allocations.fileName },
};

export async function GET(_request: Request, { params }: RouteContext<'/downloads/[file]'>) {
  const { file } = await params;
  if (isPartnershipFile(file)) {
    const partnership = await partnershipRows(file).catch(serviceUnavailable);
    if (partnership instanceof Response) return partnership;
    const name = file.replace('.csv', '');
    return new Response(partnershipCsv(file, partnership.rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': contentDisposition({ ascii: `${name}-${partnership.asOf}.csv`, utf8: `${name}-${partnership.asOf}.csv` }),
        'Cache-Control': CACHE,
      },
    });
  }
  const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(file);
  const dataset = DATASETS.find((candidate) => candidate.id === match?.[1]);
  if (!match || !dataset) return new Response('Not found', { status: 404 });
  const extension = match[2] as 'csv' | 'xlsx';
  const spec = FILES[dataset.id];
  const loaded = await spec.load().catch(serviceUnavailable);
  if (loaded instanceof Response) return loaded;
  const { asOf, rows } = loaded;
  const disposition = contentDisposition({ ascii: `${spec.ascii}-${asOf}.${extension}`, utf8: `${spec.korean}-${asOf}.${extension}` });
  if (extension === 'csv') {
    return new Response(datasetCsv(dataset.columns, rows), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': disposition, 'Cache-Control': CACHE },
    });
  }
  return new Response(new Uint8Array(await datasetXlsx(dataset.columns, rows, { sheet: dataset.id, asOf })), {
    headers: { 'Content-Type': XLSX_CONTENT_TYPE, 'Content-Disposition': disposition, 'Cache-Control': CACHE },
  });
}
