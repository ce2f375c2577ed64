import type { CatalogFile } from '../src/catalog/types.js';

export const GENERATOR_VERSION: number;
export const PROVINCE_CODES: string[];
export interface GeneratedFile {
  /** Path relative to the catalog folder, with a `.yaml` name. */
  path: string;
  data: CatalogFile;
}
export interface Random {
  next(): number;
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  sample<T>(list: readonly T[], k: number): T[];
}
export function createRandom(seed: number): Random;
export function generateCatalog(options: { procedures: number; seed?: number }): GeneratedFile[];
export function serialise(data: CatalogFile, format: 'yaml' | 'json'): string;
export function writeCatalog(
  dir: string,
  files: GeneratedFile[],
  format?: 'yaml' | 'json',
  made?: { procedures?: number; seed?: number },
): { paths: string[]; bytes: number };
export function ensureCatalog(
  dir: string,
  options: { procedures: number; seed?: number; format?: 'yaml' | 'json' },
): { version: number; procedures: number; seed: number; files: number; bytes: number; generated: boolean };
