// The import picture of lib/ at the level of its folders (a domain, lib/core, lib/auth …; each
// file at lib/'s top level counts as its own unit), read from the sources with TypeScript's parser:
// every import and export … from, `import x = require()` and CommonJS require() with a literal path,
// type-only imports included (a type shared both ways still ties two folders together).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type Edge = { from: string; to: string; file: string; specifier: string };

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

/** The unit a path inside lib/ belongs to: its first folder, or the file itself at the top. */
export function unitOf(relativePath: string): string {
  const [first, ...rest] = relativePath.split('/');
  return rest.length > 0 ? first! : first!.replace(SOURCE, '');
}

/** Module specifiers a source file names statically. */
export function specifiersOf(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text);
    } else if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'require' &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0]!)
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Where a specifier points inside lib/ (relative to lib/), or null for a package or a file outside lib/. */
export function resolveInLib(libDir: string, file: string, specifier: string): string | null {
  if (specifier.startsWith('@/lib/')) return specifier.slice('@/lib/'.length);
  if (!specifier.startsWith('.')) return null;
  const target = path.relative(libDir, path.resolve(libDir, path.dirname(file), specifier));
  return target.startsWith('..') ? null : target;
}

/** Every import of lib/'s sources (lib/generated, Prisma's output, aside). */
export function libImports(libDir: string): { file: string; specifier: string }[] {
  const files = readdirSync(libDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => SOURCE.test(file) && !file.startsWith('generated/'));
  return files.flatMap((file) =>
    specifiersOf(file, readFileSync(path.join(libDir, file), 'utf8')).map((specifier) => ({ file, specifier })),
  );
}

/** The edges between different units of lib/. */
export function folderEdges(libDir: string): Edge[] {
  const edges: Edge[] = [];
  for (const { file, specifier } of libImports(libDir)) {
    const target = resolveInLib(libDir, file, specifier);
    if (target === null || target.startsWith('generated/')) continue;
    const [from, to] = [unitOf(file), unitOf(target)];
    if (from !== to) edges.push({ from, to, file, specifier });
  }
  return edges;
}

/** Groups of units that import each other, directly or around a loop (Tarjan's strongly connected
 * components with more than one unit), each with the imports that tie it. */
export function cycles(edges: Edge[]): { units: string[]; edges: Edge[] }[] {
  const next = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!next.has(edge.from)) next.set(edge.from, new Set());
    if (!next.has(edge.to)) next.set(edge.to, new Set());
    next.get(edge.from)!.add(edge.to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (unit: string) => {
    index.set(unit, index.size);
    low.set(unit, index.get(unit)!);
    stack.push(unit);
    onStack.add(unit);
    for (const target of next.get(unit)!) {
      if (!index.has(target)) {
        connect(target);
        low.set(unit, Math.min(low.get(unit)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(unit, Math.min(low.get(unit)!, index.get(target)!));
      }
    }
    if (low.get(unit) === index.get(unit)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== unit);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const unit of [...next.keys()].sort()) if (!index.has(unit)) connect(unit);
  return components.map((units) => ({
    units,
    edges: edges.filter((edge) => units.includes(edge.from) && units.includes(edge.to)),
  }));
}
