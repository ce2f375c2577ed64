import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { combineFiles, parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import { parseFile, parseSource } from '../../src/catalog/parse-file.js';
import type { ParsedSource } from '../../src/catalog/parse-file.js';
import { KeptDocuments, SourceIndex } from '../../src/catalog/source-index.js';
import { catalogData, SECTIONS, writeJson, writeYaml, yamlLayout } from './entity-layouts.js';
import type { CatalogData, YamlLayout } from './entity-layouts.js';
import { buildParseWorker } from './parallel-worker-build.js';

// The checks of the whole catalog locate their findings in files whose syntax trees the load
// has dropped: a finding in an entity is placed by parsing that entity's own text. The
// oracle is the placement in the whole file's syntax tree, as `parseCatalogFiles` (which
// keeps the trees) gives it: every diagnostic, its location, its related locations and the
// positions its message names must come out the same.

type Kind = 'yaml' | 'yml' | 'json' | 'json read as YAML';

interface File {
  fileName: string;
  text: string;
  /** Whether the whole file may be parsed again: a finding there is not placed from an entity’s own text. */
  whole: boolean;
}

function sameFileDuplicate(data: CatalogData): boolean {
  return SECTIONS.some((s) => {
    const ids = (data[s] ?? []).map((e) => e.code ?? e.id);
    return new Set(ids).size < ids.length;
  });
}

function makeFile(data: CatalogData, kind: Kind, layout: YamlLayout, k: number): File {
  const json = kind === 'json' || kind === 'json read as YAML';
  const text = json ? writeJson(data, kind === 'json') : writeYaml(data, layout);
  // The whole file is parsed for a finding in the catalog settings, for an id given twice in the file
  // (its entity location is the first's), and for an entry whose text alone does not parse.
  const whole = data.catalog?.reported !== undefined || sameFileDuplicate(data) || (!json && layout.entities.includes('anchor on the first key'));
  return { fileName: `f${k}.${json ? 'json' : kind}`, text, whole };
}

const catalogFiles = fc
  .array(fc.tuple(fc.constantFrom<Kind>('yaml', 'yaml', 'yaml', 'yml', 'json', 'json read as YAML'), yamlLayout), { minLength: 1, maxLength: 3 })
  .chain((kinds) => fc.tuple(...kinds.map((_, k) => catalogData(k === 0))).map((data) => data.map((d, k) => makeFile(d, kinds[k][0], kinds[k][1], k))));

/** Every diagnostic of a load, as compared: all of it, locations, related locations and messages. */
const all = (diagnostics: readonly Diagnostic[]) => JSON.parse(JSON.stringify(diagnostics)) as unknown;

/** As the loader leaves each file parsed in its own thread: the text kept, the tree dropped; one budget a file, to see what each parses again. */
function dropped(files: readonly File[]): { parsed: ParsedSource[]; kept: KeptDocuments[] } {
  const kept = files.map(() => new KeptDocuments());
  const parsed = files.map((f, k) => {
    const p = parseSource(f.text, f.fileName);
    p.source?.forget();
    p.source?.keepWithin(kept[k]);
    return p;
  });
  return { parsed, kept };
}

describe('findings of the checks of the whole catalog', () => {
  it('are placed from the entity’s own text where the whole file places them, in every layout (property)', () => {
    let byParts = 0;
    fc.assert(
      fc.property(catalogFiles, fc.boolean(), (files, strict) => {
        const want = parseCatalogFiles(files, { strict }).diagnostics;
        const { parsed, kept } = dropped(files);
        const got = combineFiles(parsed, strict).diagnostics;
        expect(all(got)).toEqual(all(want));
        files.forEach((f, k) => {
          // A long file (its padding) is never parsed whole for findings in entities' own texts.
          if (!f.text.includes('# padding') || f.whole || kept[k].keptLength === 0) return;
          expect(kept[k].keptLength, f.fileName).toBeLessThan(f.text.replace(/^\ufeff/, '').length);
          byParts++;
        });
      }),
      { numRuns: 300 },
    );
    // Many of the files drawn had findings placed from entities' own texts.
    expect(byParts).toBeGreaterThan(50);
  });
});

/** A file of `n` procedures, each with `r` requirements naming documents that are not defined. */
function unknownDocuments(n: number, r: number): string {
  const lines = ['procedures:'];
  for (let i = 0; i < n; i++) {
    lines.push(`  - code: "1.${i}"`, `    name: Thủ tục ${i}`, '    level: [xa]', '    requires:');
    for (let j = 0; j < r; j++) lines.push(j % 2 === 0 ? `      - document: giay-to-${i}-${j}` : `      - { document: "giay-to-${i}-${j}", mode: present }`);
  }
  return `${lines.join('\n')}\n`;
}

/** A YAML file's index with its tree dropped, counting how often the entity's location is asked for (each time, an entity's text is parsed). */
function counted(text: string) {
  const kept = new KeptDocuments();
  const source = new SourceIndex('c.yaml', text, { kept });
  const locations = parseFile(text, 'c.yaml').locations;
  const asked = { count: 0 };
  const locate = (path: (string | number)[], target: 'value' | 'key' = 'value') =>
    source.locateWithin(path, target, () => {
      asked.count++;
      return Object.values(locations).find((l) => l.path[0] === path[0] && l.path[1] === path[1] && l.path.length === 2);
    });
  return { source, kept, asked, locate, plain: new SourceIndex('c.yaml', text) };
}

describe('SourceIndex.locateWithin, for many findings', () => {
  it('parses an entity once for all the findings in it, and never the whole file', () => {
    const text = unknownDocuments(3, 2000);
    const { kept, asked, locate, plain } = counted(text);
    for (let j = 0; j < 2000; j++) {
      const path = ['procedures', 1, 'requires', j, 'document'];
      expect(locate(path)).toEqual(plain.locate(path));
    }
    expect(asked.count).toBe(1);
    expect(kept.keptLength).toBeGreaterThan(0);
    expect(kept.keptLength).toBeLessThan(text.length / 2);
  });

  it('parses entity after entity, each once, while their texts come to less than the file', () => {
    const text = unknownDocuments(200, 3);
    const { kept, asked, locate, plain } = counted(text);
    for (let i = 0; i < 200; i++) {
      for (let j = 0; j < 3; j++) {
        const path = ['procedures', i, 'requires', j, 'document'];
        expect(locate(path)).toEqual(plain.locate(path));
      }
    }
    expect(asked.count).toBe(200);
    // The trees of the last few procedures are kept, each about a two-hundredth of the file.
    expect(kept.keptLength).toBeLessThan(text.length / 40);
  });

  it('goes back and forth between two entities parsing each once (a finding placed with an earlier one)', () => {
    // As DUPLICATE_LEGAL_NUMBER places each use of a number again with its first use.
    const n = 100;
    const text = unknownDocuments(n, 3);
    const { kept, asked, locate, plain } = counted(text);
    for (let i = 1; i < n; i++) {
      for (const path of [['procedures', 0, 'requires', 0, 'document'], ['procedures', i, 'name']]) expect(locate(path)).toEqual(plain.locate(path));
    }
    expect(asked.count).toBe(n);
    expect(kept.keptLength).toBeLessThan(text.length / 10);
  });

  it('parses the whole file once, and keeps it, when the entities parsed in turn would come to more than the file', () => {
    // Findings that go round more entities than a file keeps the trees of: each is parsed again every time.
    const n = 60;
    const round = 6;
    const text = unknownDocuments(n, 3);
    const { kept, asked, locate, plain } = counted(text);
    for (let k = 0; kept.keptLength < text.length; k++) {
      const path = ['procedures', k % round, 'requires', k % 3, 'document'];
      expect(locate(path)).toEqual(plain.locate(path));
      expect(k).toBeLessThan(2 * n);
    }
    // The procedures' texts are about a sixtieth of the file each: about sixty are parsed, then the file.
    expect(asked.count).toBeGreaterThan(n - 5);
    expect(asked.count).toBeLessThan(n + 5);
    const before = asked.count;
    for (let i = 0; i < n; i++) expect(locate(['procedures', i, 'requires', 2, 'document'])).toEqual(plain.locate(['procedures', i, 'requires', 2, 'document']));
    expect(asked.count).toBe(before);
    expect(kept.keptLength).toBe(text.length);
  });

  it('keeps an entity’s tree within the budget of the trees parsed again, and drops it when another file’s is used', () => {
    const text = unknownDocuments(3, 2);
    const kept = new KeptDocuments(text.length);
    const locations = parseFile(text, 'c.yaml').locations;
    const entity = () => locations['procedure:1.1'];
    const a = new SourceIndex('a.yaml', text, { kept });
    const b = new SourceIndex('b.yaml', text, { kept });
    a.locateWithin(['procedures', 1, 'name'], 'value', entity);
    const part = kept.keptLength;
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(text.length / 2);
    b.locateWithin(['procedures', 1, 'name'], 'value', entity);
    expect(kept.keptLength).toBe(2 * part);
    // b's whole tree takes the budget: a's entity tree is dropped.
    b.locate(['procedures', 2, 'name']);
    expect(kept.keptLength).toBe(text.length);
    a.locateWithin(['procedures', 1, 'name'], 'value', entity);
    expect(kept.keptLength).toBe(part);
  });
});

/** A few catalogs as directories, loaded from disk: in one thread and in worker threads. */
const DIRECTORIES = fc.sample(catalogFiles, { seed: 7, numRuns: 12 });

let root: string;
let workerUrl: URL;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tthc-entity-positions-'));
  workerUrl = await buildParseWorker();
  DIRECTORIES.forEach((files, d) =>
    files.forEach((f) => {
      const path = join(root, `d${d}`, f.fileName);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.text);
    }),
  );
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(new URL('.', workerUrl), { recursive: true, force: true });
});

describe('a catalog loaded from disk', () => {
  it('places the findings as the whole files do, in one thread and in worker threads', async () => {
    let compared = 0;
    for (let d = 0; d < DIRECTORIES.length; d++) {
      for (const strict of [true, false]) {
        for (const options of [{ threads: 1 }, { threads: 2, workerUrl }]) {
          const result = await loadCatalog(`d${d}`, { cwd: root, strict, ...options });
          const files = result.files.map((fileName) => ({ fileName, text: readFileSync(join(root, fileName)) }));
          expect(all(result.diagnostics), `d${d} strict ${strict} threads ${options.threads}`).toEqual(all(parseCatalogFiles(files, { strict }).diagnostics));
          compared += result.diagnostics.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
