import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * Compares `actual` with the golden file at `url`. With TTHC_UPDATE_GOLDEN=1 the file is
 * (re)written instead, so a deliberate change of output is one command and a reviewed diff.
 */
export function expectGolden(actual: string, url: URL): void {
  const path = fileURLToPath(url);
  if (process.env.TTHC_UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.TTHC_UPDATE_GOLDEN !== '1') throw new Error(`No golden file ${path}: run with TTHC_UPDATE_GOLDEN=1 to write it.`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
