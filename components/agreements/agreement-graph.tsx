// Who has agreements with whom, drawn on the server as SVG (like components/charts: no client
// JavaScript, one image with a title and description for screen readers); the same pairs are the
// table behind it (WCAG 1.1.1). Parties of the registry and outside it are told apart by shape as
// well as colour (1.4.1).
import { getLocale, getTranslations } from 'next-intl/server';
import { CHART_GRID, CHART_TEXT, seriesColour } from '@/components/charts/palette';
import { OrganisationName } from '@/components/partnerships/organisation-name';
import { DataTable, td, th } from '@/components/ui/table';
import { agreementGraph } from '@/lib/agreements/graph';
import type { AgreementView } from '@/lib/agreements/queries';
import { byLocale, localField, localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';

const CENTRE = 280;
const RADIUS = 170;
const SHIFT = 120;
const WIDTH = 2 * CENTRE + 2 * SHIFT;
const HEIGHT = 2 * CENTRE;

/** Splits a label into lines of at most `width` characters, at spaces. */
function lines(text: string, width: number): string[] {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    const last = out.at(-1);
    if (last !== undefined && (last + ' ' + word).length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

export async function AgreementGraph({ agreements }: { agreements: AgreementView[] }) {
  const [t, locale] = await Promise.all([getTranslations('Agreements.graph'), getLocale()]);
  const { nodes, edges } = agreementGraph(agreements, { radius: RADIUS, centre: CENTRE });
  const byslug = new Map(nodes.map((node) => [node.slug, node]));
  const isRegistry = (kind: string) => kind === 'local_government' || kind === 'region' || kind === 'office_of_education';
  return (
    <>
      <figure className="mb-6">
        <figcaption className="mb-2 font-semibold">{t('title')}</figcaption>
        <div className="overflow-x-auto">
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="img"
            aria-labelledby="agreement-graph-title agreement-graph-desc"
            className="h-auto w-full min-w-[30rem]"
            fontSize={13}
          >
            <title id="agreement-graph-title">{t('title')}</title>
            <desc id="agreement-graph-desc">{t('description', { parties: nodes.length, pairs: edges.length })}</desc>
            <g transform={`translate(${SHIFT} 0)`}>
              {edges.map((edge) => {
                const from = byslug.get(edge.from)!;
                const to = byslug.get(edge.to)!;
                return (
                  <line
                    key={`${edge.from}-${edge.to}`}
                    x1={from.x}
                    y1={from.y}
                    x2={to.x}
                    y2={to.y}
                    stroke={CHART_GRID}
                    strokeWidth={1.5 + 1.5 * edge.agreements.length}
                  />
                );
              })}
              {nodes.map((node) => {
                const dx = node.x - CENTRE;
                const anchor = Math.abs(dx) < 20 ? 'middle' : dx > 0 ? 'start' : 'end';
                const angle = Math.atan2(node.y - CENTRE, dx);
                const lx = CENTRE + (RADIUS + 16) * Math.cos(angle);
                const ly = CENTRE + (RADIUS + 16) * Math.sin(angle);
                const label = lines(localName(node, locale), byLocale(locale, { ko: 14, en: 26 }));
                const colour = seriesColour(isRegistry(node.kind) ? 0 : 1);
                return (
                  <g key={node.slug}>
                    {isRegistry(node.kind) ? (
                      <circle cx={node.x} cy={node.y} r={9} fill={colour} />
                    ) : (
                      <rect x={node.x - 8} y={node.y - 8} width={16} height={16} fill={colour} />
                    )}
                    <text x={lx} y={ly - ((label.length - 1) * 15) / 2} textAnchor={anchor} dominantBaseline="middle" fill={CHART_TEXT}>
                      {label.map((line, index) => (
                        <tspan key={index} x={lx} dy={index === 0 ? 0 : 15}>
                          {line}
                        </tspan>
                      ))}
                    </text>
                  </g>
                );
              })}
            </g>
          </svg>
        </div>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t('legend')}>
          <li className="flex items-center gap-2">
            <svg aria-hidden="true" width="14" height="14">
              <circle cx="7" cy="7" r="6" fill={seriesColour(0)} />
            </svg>
            {t('registryParty')}
          </li>
          <li className="flex items-center gap-2">
            <svg aria-hidden="true" width="14" height="14">
              <rect x="1" y="1" width="12" height="12" fill={seriesColour(1)} />
            </svg>
            {t('otherParty')}
          </li>
        </ul>
      </figure>
      <DataTable caption={t('tableCaption')}>
        <thead>
          <tr>
            <th scope="col" className={th}>
              {t('party')}
            </th>
            <th scope="col" className={th}>
              {t('otherPartyColumn')}
            </th>
            <th scope="col" className={th}>
              {t('agreements')}
            </th>
          </tr>
        </thead>
        <tbody>
          {edges.map((edge) => (
            <tr key={`${edge.from}-${edge.to}`}>
              <th scope="row" className={`${td} font-medium`}>
                <OrganisationName organisation={byslug.get(edge.from)!} />
              </th>
              <td className={td}>
                <OrganisationName organisation={byslug.get(edge.to)!} />
              </td>
              <td className={td}>
                <ul className="flex flex-col gap-1">
                  {edge.agreements.map((agreement) => (
                    <li key={agreement.slug}>
                      <Link prefetch={false} href={`/agreements/${agreement.slug}`}>
                        {localField(agreement, 'title', locale)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
