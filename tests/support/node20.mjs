// Vitest 5 calls Map.groupBy (Node 21+) in its reporter; these machines run Node 20.
// Loaded by vitest.config.ts (the main process) and as a setup file (the workers).
function groupInto(items, key, add) {
  let index = 0;
  for (const item of items) add(key(item, index++), item);
}

if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value(items, key) {
      const groups = new Map();
      groupInto(items, key, (k, item) => (groups.get(k) ?? groups.set(k, []).get(k)).push(item));
      return groups;
    },
  });
}

if (typeof Object.groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value(items, key) {
      const groups = Object.create(null);
      groupInto(items, key, (k, item) => (groups[k] ??= []).push(item));
      return groups;
    },
  });
}
