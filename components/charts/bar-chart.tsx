// A horizontal bar chart drawn on the server as SVG: no client JavaScript, readable by screen
// readers as one image with a title and a description (role="img", aria-labelledby). The
// numbers themselves belong in a table beside it (KRDS, WCAG 1.1.1): the chart only shows them.
import { CHART_GRID, CHART_TEXT, CHART_TEXT_SOFT, seriesColour } from './palette';
import { barLength, ticks } from './scale';

export type Bar = { key: string; label: string; value: number; valueLabel: string };

type Props = {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  /** Width kept for the labels at the left, in drawing units (the drawing is 640 wide). */
  labelWidth?: number;
  colourIndex?: number;
};

export const CHART_WIDTH = 640;
const VALUE_WIDTH = 150;
const ROW = 28;
const BAR = 18;
const TOP = 8;

export function BarChart(props: Props) {
  // Two drawings of the same bars: the wide one from 640 px up, and below it a narrow one whose
  // labels stand on their own line above each bar, so that on a 360 px phone nothing is cut and
  // text stays at 14 px or more (issue 14). The hidden one is display:none, out of the
  // accessibility tree, so a screen reader meets the chart once.
  return (
    <>
      <div className="hidden overflow-x-auto sm:block print:block">
        <WideBarChart {...props} />
      </div>
      <div className="sm:hidden print:hidden">
        <NarrowBarChart {...props} />
      </div>
    </>
  );
}

function WideBarChart({ id, title, description, bars, labelWidth = 120, colourIndex = 0 }: Props) {
  const plot = CHART_WIDTH - labelWidth - VALUE_WIDTH;
  const maximum = ticks(Math.max(0, ...bars.map((bar) => bar.value))).at(-1) ?? 0;
  const height = TOP * 2 + Math.max(1, bars.length) * ROW;
  return (
    <svg
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full min-w-[30rem]"
      fontSize={13}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {ticks(maximum).map((tick) => {
        const x = labelWidth + (maximum ? (tick / maximum) * plot : 0);
        return <line key={tick} x1={x} x2={x} y1={TOP / 2} y2={height - TOP / 2} stroke={CHART_GRID} strokeWidth={1} />;
      })}
      {bars.map((bar, index) => {
        const y = TOP + index * ROW;
        const length = barLength(bar.value, maximum, plot);
        return (
          <g key={bar.key}>
            <text x={labelWidth - 8} y={y + ROW / 2} dominantBaseline="middle" textAnchor="end" fill={CHART_TEXT}>
              {bar.label}
            </text>
            <rect x={labelWidth} y={y + (ROW - BAR) / 2} width={length} height={BAR} fill={seriesColour(colourIndex)} />
            <text x={labelWidth + length + 6} y={y + ROW / 2} dominantBaseline="middle" fill={CHART_TEXT_SOFT}>
              {bar.valueLabel}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Drawn 320 wide: at a 360 px screen's 328 px of content it is shown at about its own size. */
export const NARROW_CHART_WIDTH = 320;
const NARROW_LABEL = 20;
const NARROW_VALUE_WIDTH = 120;

function NarrowBarChart({ id, title, description, bars, colourIndex = 0 }: Props) {
  const plot = NARROW_CHART_WIDTH - NARROW_VALUE_WIDTH;
  const maximum = ticks(Math.max(0, ...bars.map((bar) => bar.value))).at(-1) ?? 0;
  const row = NARROW_LABEL + ROW;
  const height = TOP * 2 + Math.max(1, bars.length) * row;
  return (
    <svg
      viewBox={`0 0 ${NARROW_CHART_WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-narrow-title ${id}-narrow-desc`}
      className="h-auto w-full"
      fontSize={14}
    >
      <title id={`${id}-narrow-title`}>{title}</title>
      <desc id={`${id}-narrow-desc`}>{description}</desc>
      {bars.map((bar, index) => {
        const y = TOP + index * row;
        const length = barLength(bar.value, maximum, plot);
        return (
          <g key={bar.key}>
            <text x={0} y={y + NARROW_LABEL / 2 + 2} dominantBaseline="middle" fill={CHART_TEXT}>
              {bar.label}
            </text>
            <rect x={0} y={y + NARROW_LABEL + (ROW - BAR) / 2} width={length} height={BAR} fill={seriesColour(colourIndex)} />
            <text x={length + 6} y={y + NARROW_LABEL + ROW / 2} dominantBaseline="middle" fill={CHART_TEXT_SOFT}>
              {bar.valueLabel}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The chart as a figure captioned with its title, as the statistics page shows each one. */
export function BarChartFigure({ className = 'mb-6', ...chart }: Props & { className?: string }) {
  return (
    <figure className={className}>
      <figcaption className="mb-2 font-semibold">{chart.title}</figcaption>
      <BarChart {...chart} />
    </figure>
  );
}
