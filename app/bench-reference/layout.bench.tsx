// The benchmark's reference (issue 7): a trivial prerendered page served by the same server,
// through the same proxy, so `npm run bench` can tell what the framework itself allows
// (scripts/bench.ts). It has its own root layout: none of the site's chrome. Only the benchmark's
// build has it: `.bench.tsx` is a page extension only when REGISTRY_BENCH_REFERENCE=true
// (next.config.ts), so a production build never contains this route.
export const metadata = { robots: { index: false } };

export default function BenchReferenceLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
