// next/cache for code running under Vitest, outside Next's server runtime. Reads run uncached;
// invalidations are recorded so tests can assert which public pages a write refreshes.
export const invalidatedTags: string[] = [];

export function cacheTag(..._tags: string[]): void {}
export function cacheLife(_profile: unknown): void {}
export function updateTag(tag: string): void {
  invalidatedTags.push(tag);
}
export function revalidateTag(tag: string): void {
  invalidatedTags.push(tag);
}
export function revalidatePath(path: string): void {
  invalidatedTags.push(`path:${path}`);
}
/** A server action asks the browser to read the page again: recorded as a path of its own. */
export function refresh(): void {
  invalidatedTags.push('refresh');
}
