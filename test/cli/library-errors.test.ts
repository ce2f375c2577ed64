import { describe, expect, it } from 'vitest';
import { optionErrorText } from '../../src/cli/library-errors.js';
import { NeighbourhoodOptionError, buildGraph, loadCatalog, neighbourhood } from '../../src/index.js';

// The command line checks --depth and --max-nodes before drawing; the library's errors for
// them still have their Vietnamese, chosen by the error's code.
const loaded = await loadCatalog('test/report/html/fixtures/hokhau-small.yaml');
if (!loaded.ok) throw new Error('the fixture has errors');
const graph = buildGraph(loaded.catalog);

function thrown(call: () => unknown): NeighbourhoodOptionError {
  try {
    call();
  } catch (e) {
    if (e instanceof NeighbourhoodOptionError) return e;
    throw e;
  }
  throw new Error('nothing was thrown');
}

describe('optionErrorText for the neighbourhood', () => {
  it('says a wrong depth in Vietnamese, by its code', () => {
    const e = thrown(() => neighbourhood(graph, 'so-ho-khau', { depth: -1 }));
    expect(optionErrorText(e)).toEqual({ vi: 'Độ sâu phải là số nguyên bước, từ 0 trở lên; nhận được -1.', en: e.message });
  });

  it('says a wrong node cap in Vietnamese, by its code', () => {
    const e = thrown(() => neighbourhood(graph, 'so-ho-khau', { maxNodes: 0 }));
    expect(optionErrorText(e)).toEqual({ vi: 'Số nút tối đa phải là số nguyên, từ 1 trở lên; nhận được 0.', en: e.message });
  });
});
