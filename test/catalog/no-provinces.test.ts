import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import type { LoadCatalogOptions } from '../../src/catalog/load-catalog.js';
import { combineFiles, parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import { parseFile, parseSource } from '../../src/catalog/parse-file.js';
import { KeptDocuments, SourceIndex } from '../../src/catalog/source-index.js';
import { buildParseWorker } from './parallel-worker-build.js';

// NO_PROVINCES is placed at the `level` key of the first procedure that runs in provinces. In
// a YAML file whose syntax tree the load has dropped, that position is found in the
// procedure's own text; the whole file's tree is the oracle.

const central = (code: string) => `  - { code: "${code}", name: Thủ tục trung ương ${code}, level: [trung-uong] }\n`;

/** YAML catalog files with no provinces; `whole`: the first provincial procedure's own text is not the procedure, so the whole file is parsed. */
const YAML: Record<string, { text: string; whole?: boolean }> = {
  'block style': {
    text: `procedures:\n${central('1.1')}  - code: "1.2"\n    name: Đăng ký khai sinh\n    level: [ xa, huyen ]\n  - code: "1.3"\n    name: C\n    level: [tinh]\n`,
  },
  'entries at the column of their list': { text: 'procedures:\n- code: "1.1"\n  name: A\n  level: [tinh]\n' },
  'an entry starting on the line after its dash': { text: `procedures:\n${central('1.1')}  -\n    code: "1.2"\n    name: B\n    level:\n      - xa\n` },
  'one entry a line, after a character outside the BMP': {
    text: `procedures:\n${central('1.1')}  - { name: "😀 Đăng ký kết hôn", code: "1.2", level: [xa] }\n`,
  },
  'a flow list over several lines': {
    text: 'procedures: [\n  { code: "1.1", name: A, level: [trung-uong] },\n  {code: "1.2", name: B,\n   level: [xa]}\n]\n',
  },
  'a flow list whose entry goes on left of where it starts': {
    text: 'procedures: [{ code: "1.1", name: A, level: [trung-uong] }, {code: "1.2", name: B,\n level: [xa]}]\n',
  },
  'CRLF line ends, comments and a quoted key': {
    text: `documents:\r\n  - id: so-ho-khau\r\n    name: Sổ hộ khẩu\r\n    form: paper\r\nprocedures:\r\n  # first\r\n  - code: "1.2" # the code\r\n    name: B\r\n    note: |\r\n      text\r\n        more text\r\n\r\n    "level":\t[huyen] # provincial\r\n    # after it\r\n  - code: "1.3"\r\n    name: C\r\n    level: [xa]\r\n`,
  },
  'level given twice': { text: 'procedures:\n  - code: "1.2"\n    name: B\n    level: [trung-uong]\n    level: [tinh]\n' },
  'spaces after the dash': { text: 'procedures:\n  -   code: "1.2"\n      name: B\n      level: [xa]\n' },
  'an indentation indicator on the first line of an entry': { text: 'procedures:\n  - note: |2\n       text\n    code: "1.2"\n    name: B\n    level: [xa]\n' },
  'an anchored entry': { text: 'procedures:\n  - &p\n    code: "1.2"\n    name: B\n    level: [xa]\n' },
  'an anchor on the first key of the entry': { text: 'procedures:\n  - &q code: "1.2"\n    name: C\n    level: [xa]\n', whole: true },
  'an anchor set outside the entry': {
    text: `procedures:\n  - { code: "1.1", name: &n Tên, level: [trung-uong] }\n  - code: "1.2"\n    name: *n\n    level: [xa]\n`,
  },
  'an entry that is an alias': { text: 'catalog:\n  name: c\n  kept: &p { code: "1.2", name: B, level: [xa] }\nprocedures:\n  - *p\n' },
  'a code defined twice, the first time centrally': {
    text: `procedures:\n${central('1.2')}  - code: "1.2"\n    name: B\n    level: [xa]\n`,
    whole: true,
  },
};

const JSON_FILES: Record<string, string> = {
  'pretty JSON': `${JSON.stringify({ procedures: [{ code: '1.1', name: 'A', level: ['trung-uong'] }, { code: '1.2', name: 'Đăng ký', level: ['xa'] }] }, null, 2)}\n`,
  'one entity a line': '{"procedures": [\n{"code": "1.1", "name": "A", "level": ["trung-uong"]},\n{"code": "1.2", "name": "B", "level": ["huyen"]}\n]}\n',
};

/** Directories of files (names under `c/`), the first provincial procedure in a later file. */
const DIRECTORIES: Record<string, Record<string, string>> = {
  YAML: {
    'a.yaml': `documents:\n  - { id: so-ho-khau, name: Sổ hộ khẩu, form: paper }\nprocedures:\n${central('1.1')}`,
    'b/c.yaml': YAML['block style'].text.replaceAll('"1.', '"2.'),
    'b/d.yml': YAML['CRLF line ends, comments and a quoted key'].text.replace('so-ho-khau', 'so-tam-tru').replaceAll('"1.', '"3.'),
  },
  JSON: { 'a.json': JSON_FILES['pretty JSON'].replace('"xa"', '"trung-uong"'), 'b.json': JSON_FILES['one entity a line'].replaceAll('"1.', '"2.') },
  'YAML and JSON': { 'a.json': JSON_FILES['pretty JSON'].replace('"xa"', '"trung-uong"'), 'b.yaml': YAML['an entry starting on the line after its dash'].text.replaceAll('"1.', '"2.') },
};

let root: string;
let workerUrl: URL;

function write(rel: string, text: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tthc-no-provinces-'));
  workerUrl = await buildParseWorker();
  Object.entries(YAML).forEach(([, c], i) => write(`y${i}.yaml`, c.text));
  Object.values(JSON_FILES).forEach((text, i) => write(`j${i}.json`, text));
  Object.values(DIRECTORIES).forEach((files, i) => Object.entries(files).forEach(([name, text]) => write(`d${i}/${name}`, text)));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(new URL('.', workerUrl), { recursive: true, force: true });
});

const noProvinces = (diagnostics: { code: string; location?: unknown }[]) => diagnostics.filter((d) => d.code === 'NO_PROVINCES').map((d) => d.location);

/** The warning's location when `path` is loaded, and where the files' whole syntax trees place it. */
async function loaded(path: string, options: LoadCatalogOptions = {}) {
  const result = await loadCatalog(path, { cwd: root, ...options });
  const files = result.files.map((fileName) => ({ fileName, text: readFileSync(join(root, fileName)) }));
  return { got: noProvinces(result.diagnostics), want: noProvinces(parseCatalogFiles(files).diagnostics) };
}

describe('NO_PROVINCES', () => {
  it('is placed where the whole syntax tree of the file places it, in any layout, in one thread and in worker threads', async () => {
    const paths = [...Object.keys(YAML).map((_, i) => `y${i}.yaml`), ...Object.keys(JSON_FILES).map((_, i) => `j${i}.json`), ...Object.keys(DIRECTORIES).map((_, i) => `d${i}`)];
    for (const path of paths) {
      for (const options of [{ threads: 1 }, { threads: 2, workerUrl }]) {
        const { got, want } = await loaded(path, options);
        expect(want, path).toHaveLength(1);
        expect(got, `${path} threads ${options.threads}`).toEqual(want);
      }
    }
    // The first provincial procedure is in a later file: the second of the YAML directory, the last of the others.
    expect((await loaded('d0')).got[0]).toMatchObject({ file: 'd0/b/c.yaml', line: 5, column: 5, endLine: 5, endColumn: 10, path: ['procedures', 1, 'level'] });
    expect((await loaded('d2')).got[0]).toMatchObject({ file: 'd2/b.yaml', line: 6, column: 5, path: ['procedures', 1, 'level'] });
  });

  it('parses only the procedure’s own text when the load no longer holds the file’s syntax tree', () => {
    for (const [name, { text, whole }] of Object.entries(YAML)) {
      // As the loader leaves a file parsed in its own thread: the text kept, the tree dropped.
      const kept = new KeptDocuments();
      const parsed = parseSource(text, 'c.yaml');
      parsed.source?.forget();
      parsed.source?.keepWithin(kept);
      const got = noProvinces(combineFiles([parsed], true).diagnostics);
      expect(got, name).toEqual(noProvinces(parseCatalogFiles([{ fileName: 'c.yaml', text }]).diagnostics));
      // The tree kept is the procedure's own, or the whole file's.
      if (whole) expect(kept.keptLength, name).toBe(text.length);
      else expect(kept.keptLength, name).toBeGreaterThan(0);
      if (!whole) expect(kept.keptLength, name).toBeLessThan(text.length);
    }
  });
});

describe('SourceIndex.locateWithin', () => {
  it('gives what locate gives, for every path into every entity, reading only the entity when it can', () => {
    for (const [name, { text, whole }] of Object.entries(YAML)) {
      const plain = new SourceIndex('c.yaml', text);
      for (const entity of Object.values(parseFile(text, 'c.yaml').locations)) {
        for (const sub of [[], ['level'], ['level', 0], ['code'], ['name'], ['absent']]) {
          for (const target of ['key', 'value'] as const) {
            const kept = new KeptDocuments();
            const path = [...entity.path, ...sub];
            expect(new SourceIndex('c.yaml', text, { kept }).locateWithin(path, target, () => entity), `${name} ${path.join('.')} ${target}`).toEqual(plain.locate(path, target));
            // A list item is located in its own text too; the settings' own place (a key's value), in the whole file.
            if (!whole && (sub.length > 0 || typeof entity.path.at(-1) === 'number')) expect(kept.keptLength, `${name} ${path.join('.')}`).toBeLessThan(text.length);
          }
        }
      }
    }
  });

  it('walks a JSON text as locate does, never asking where the entity is', () => {
    for (const text of Object.values(JSON_FILES)) {
      const source = new SourceIndex('c.json', text);
      let asked = 0;
      const within = () => {
        asked++;
        return undefined;
      };
      expect(source.locateWithin(['procedures', 1, 'level'], 'key', within)).toEqual(new SourceIndex('c.json', text).locate(['procedures', 1, 'level'], 'key'));
      expect(asked).toBe(0);
    }
  });
});
