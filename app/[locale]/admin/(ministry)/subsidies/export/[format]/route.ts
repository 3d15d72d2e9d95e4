import type { NextRequest } from 'next/server';
import { exportSubsidies } from '@/lib/subsidies/export-response';

/** The dashboard's figures as XLSX or CSV, for the filters in the URL (lib/subsidies/export-response.ts). */
export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/admin/subsidies/export/[format]'>) {
  const { locale, format } = await params;
  return exportSubsidies({ locale, format, url: request.nextUrl });
}
