/**
 * Imports run one way: pages and islands use domain logic; schemas use domain logic to check content; the domain
 * never runs schema or page code (it may name their types: `import type` is erased before it runs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** An import that runs: `import x from`, `import { x } from`, not `import type`. */
const RUNTIME_IMPORT = /^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms;

/** Runtime imports (not `import type`) of every TypeScript file under `folder`, as [file, specifier]. */
function runtimeImports(folder: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const source = readFileSync(path.join(folder, file), 'utf8');
    for (const match of source.matchAll(RUNTIME_IMPORT)) {
      found.push([path.join(folder, file), match[1] ?? '']);
    }
  }
  return found;
}

describe('layers', () => {
  it('the domain runs no schema, page, component, client or database code', () => {
    const upward = runtimeImports('src/domain').filter(([, specifier]) =>
      /\/(schemas|pages|components|client|db|integrations)\//.test(`/${specifier.replace(/^(\.\.\/)+/, '')}`),
    );
    expect(upward).toEqual([]);
  });

  it('the check notices a runtime import the wrong way', () => {
    const sample = "import { regulasiSchema } from '../schemas/regulasi.ts';\nimport type { Sop } from '../schemas/sop.ts';";
    const matches = [...sample.matchAll(RUNTIME_IMPORT)].map((match) => match[1]);
    expect(matches).toEqual(['../schemas/regulasi.ts']);
  });

  it('schemas run no page, component, client or database code', () => {
    const upward = runtimeImports('src/schemas').filter(([, specifier]) =>
      /\/(pages|components|client|db|integrations)\//.test(`/${specifier.replace(/^(\.\.\/)+/, '')}`),
    );
    expect(upward).toEqual([]);
  });
});
