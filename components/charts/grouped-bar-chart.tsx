// Grouped horizontal bars on the server as SVG (e.g. each programme line in two years). Each
// group's name stands on its own line above its bars, so long names never collide; each bar
// carries its series name as well as its colour, so colour is never the only cue (WCAG 1.4.1).
import { CHART_WIDTH } from './bar-chart';
import { CHART_GRID, CHART_TEXT, CHART_TEXT_SOFT, seriesColour } from './palette';
import { barLength, ticks } from './scale';

export type BarGroup = { key: string; label: string; values: { value: number; valueLabel: string }[] };

type Props = {
  id: string;
  title: string;
  description: string;
  /** Series names, short (years): shown in the legend and beside every bar. */
  series: string[];
  groups: BarGroup[];
};

const SERIES_LABEL = 64;
const VALUE_WIDTH = 150;
const GROUP_LABEL = 24;
const ROW = 22;
const BAR = 16;
const GAP = 12;
const LEGEND = 28;

export function GroupedBarChart({ id, title, description, series, groups }: Props) {
  const plot = CHART_WIDTH - SERIES_LABEL - VALUE_WIDTH;
  const maximum = ticks(Math.max(0, ...groups.flatMap((group) => group.values.map((v) => v.value)))).at(-1) ?? 0;
  const groupHeight = GROUP_LABEL + series.length * ROW + GAP;
  const height = LEGEND + Math.max(1, groups.length) * groupHeight;
  return (
    <div className="overflow-x-auto">
      <svg
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full min-w-[30rem]"
        fontSize={13}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {series.map((name, index) => (
          <g key={name}>
            <rect x={SERIES_LABEL + index * 110} y={6} width={14} height={14} fill={seriesColour(index)} />
            <text x={SERIES_LABEL + index * 110 + 20} y={13} dominantBaseline="middle" fill={CHART_TEXT}>
              {name}
            </text>
          </g>
        ))}
        {groups.map((group, groupIndex) => {
          const top = LEGEND + groupIndex * groupHeight;
          return (
            <g key={group.key}>
              <text x={0} y={top + GROUP_LABEL / 2 + 2} dominantBaseline="middle" fontWeight={600} fill={CHART_TEXT}>
                {group.label}
              </text>
              <line
                x1={SERIES_LABEL}
                x2={SERIES_LABEL}
                y1={top + GROUP_LABEL}
                y2={top + GROUP_LABEL + series.length * ROW}
                stroke={CHART_GRID}
              />
              {group.values.map((value, index) => {
                const y = top + GROUP_LABEL + index * ROW;
                const length = barLength(value.value, maximum, plot);
                return (
                  <g key={series[index] ?? index}>
                    <text x={SERIES_LABEL - 8} y={y + ROW / 2} dominantBaseline="middle" textAnchor="end" fill={CHART_TEXT_SOFT}>
                      {series[index]}
                    </text>
                    <rect x={SERIES_LABEL} y={y + (ROW - BAR) / 2} width={length} height={BAR} fill={seriesColour(index)} />
                    <text x={SERIES_LABEL + length + 6} y={y + ROW / 2} dominantBaseline="middle" fill={CHART_TEXT_SOFT}>
                      {value.valueLabel}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
