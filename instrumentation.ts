// Runs once when a Next.js server starts (Next's documented instrumentation hook): a production
// server refuses to start without the public origin it was built for (lib/site-url.ts). Next only
// logs an error thrown here and then answers every request with 500, so the process ends itself,
// saying why: a supervisor sees a server that will not start, not one that fails each request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { siteUrlMismatch } = await import('./lib/site-url');
  const problem = siteUrlMismatch(process.env.REGISTRY_BUILD_SITE_URL);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
