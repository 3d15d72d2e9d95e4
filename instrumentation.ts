// Runs once when a Next.js server starts (Next's documented instrumentation hook): a production
// server refuses to start without the public origin it was built for (lib/site-url.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { siteUrlMismatch } = await import('./lib/site-url');
  const problem = siteUrlMismatch(process.env.REGISTRY_BUILD_SITE_URL);
  if (problem) throw new Error(problem);
}
