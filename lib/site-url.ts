/** The public origin, for canonical and alternate links. */
export function siteUrl(): string {
  return process.env.SITE_URL ?? 'http://localhost:3000';
}
