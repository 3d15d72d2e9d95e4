/** A bar showing a share; the figures are in the text beside it, the bar only repeats them. */
export function CoverageMeter({ value, total }: { value: number; total: number }) {
  const percent = total > 0 ? Math.min(100, Math.round((value / total) * 100)) : 0;
  return (
    <span aria-hidden="true" className="block h-2 w-full overflow-hidden rounded-full bg-primary-100">
      <span className="block h-full rounded-full bg-primary-500" style={{ width: `${percent}%` }} />
    </span>
  );
}
