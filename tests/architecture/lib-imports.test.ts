// The shape of lib/ (house style §2, issue 11): domains import the kernel (lib/core) and each other
// in one direction only, never around a loop; the kernel imports nothing of lib/ above it. A new
// import that closes a loop, or reaches up from lib/core, fails here with the files that do it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, type Edge, folderEdges, libImports, resolveInLib } from './import-graph';

const LIB = path.resolve(import.meta.dirname, '../../lib');
const describeEdge = (edge: Edge) => `${edge.from} → ${edge.to}: lib/${edge.file} imports '${edge.specifier}'`;

describe('the folders of lib/', () => {
  it('import each other in one direction only: no loop between folders', () => {
    const found = cycles(folderEdges(LIB)).map((cycle) => ({ folders: cycle.units, imports: cycle.edges.map(describeEdge) }));
    expect(found, 'these folders import each other; move what both need into lib/core or a lower folder').toEqual([]);
  });

  it('keep lib/core a kernel: it imports packages, the generated Prisma client and itself, nothing else', () => {
    const outward = libImports(LIB)
      .filter(({ file }) => file.startsWith('core/'))
      .filter(({ file, specifier }) => {
        const isPackage = !specifier.startsWith('.') && !specifier.startsWith('@/');
        if (isPackage) return false;
        const target = resolveInLib(LIB, file, specifier);
        return target === null || !(target.startsWith('core/') || target.startsWith('generated/'));
      })
      .map(({ file, specifier }) => `lib/${file} imports '${specifier}'`);
    expect(outward, 'lib/core must not depend on anything above it').toEqual([]);
  });
});

describe('the cycle finder', () => {
  const edge = (from: string, to: string): Edge => ({ from, to, file: `${from}/x.ts`, specifier: `@/lib/${to}/y` });

  it('finds a loop of two folders and one around three, with the imports that make them', () => {
    const found = cycles([edge('a', 'b'), edge('b', 'a'), edge('c', 'd'), edge('d', 'e'), edge('e', 'c'), edge('e', 'f')]);
    expect(found.map((cycle) => cycle.units)).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e'],
    ]);
    expect(found[1]!.edges.map((e) => `${e.from}→${e.to}`)).toEqual(['c→d', 'd→e', 'e→c']);
  });

  it('finds none where imports only go one way', () => {
    expect(cycles([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([]);
  });
});
