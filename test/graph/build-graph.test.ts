import { bfsFromNode } from 'graphology-traversal';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import type { AmendsEdge, NodeAttributes } from '../../src/graph/graph-types.js';
import { loadFixture } from '../analysis/helpers/fixture.js';

const tiny = buildGraph(loadFixture('tiny-example'));

describe('buildGraph', () => {
  it('is a directed graphology graph with stable node keys and typed attributes', () => {
    expect(tiny.type).toBe('directed');
    expect(tiny.getNodeAttributes('procedure:1.001193')).toMatchObject({ kind: 'procedure', code: '1.001193', name: 'Đăng ký khai sinh' });
    expect(tiny.getNodeAttributes('requirement:1.001193#0')).toMatchObject({
      kind: 'requirement',
      procedure: '1.001193',
      index: 0,
      document: 'so-ho-khau',
      mode: 'present',
    });
    expect(tiny.getNodeAttributes('document:so-ho-khau')).toMatchObject({ kind: 'document', form: 'paper', valid_until: '2022-12-31' });
    expect(tiny.getNodeAttributes('data_source:csdlqg-dan-cu')).toMatchObject({ kind: 'data_source', available_from: '2022-07-01' });
    expect(tiny.getNodeAttributes('legal:nd-104-2022')).toMatchObject({ kind: 'legal', number: '104/2022/NĐ-CP' });
    expect(tiny.getNodeAttributes('provision:nd-123-2015/2/1')).toEqual({
      kind: 'provision',
      legal: 'nd-123-2015',
      article: 2,
      clause: 1,
      label: 'Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP',
    });
  });

  it('types every edge', () => {
    const edges = tiny.mapEdges((_, a, source, target) => `${source} -${a.type}-> ${target}`).sort();
    expect(edges).toEqual(
      [
        'data_source:csdlqg-dan-cu -provides-> document:so-ho-khau',
        'document:ct07 -obtained-by-> procedure:1.010041',
        'document:so-ho-khau -replaced-by-> data_source:csdlqg-dan-cu',
        'legal:nd-104-2022 -accepts-> data_source:csdlqg-dan-cu',
        'legal:nd-104-2022 -accepts-> document:ct07',
        'legal:nd-104-2022 -amends-> document:so-ho-khau',
        'procedure:1.001193 -requires-> requirement:1.001193#0',
        'provision:nd-123-2015/2 -part-of-> legal:nd-123-2015',
        'provision:nd-123-2015/2/1 -part-of-> provision:nd-123-2015/2',
        'requirement:1.001193#0 -asks-for-> document:so-ho-khau',
        'requirement:1.001193#0 -based-on-> provision:nd-123-2015/2/1',
      ].sort(),
    );
    const amends = tiny.getEdgeAttributes('amends#0:legal:nd-104-2022->document:so-ho-khau') as AmendsEdge;
    expect(amends).toEqual({
      type: 'amends',
      amendment: 0,
      target: 'scope',
      accept: ['csdlqg-dan-cu', 'ct07'],
      drop: false,
      effective: '2023-01-01',
    });
  });

  it("works with graphology's own algorithms: what depends on the household book", () => {
    const reached: string[] = [];
    bfsFromNode(tiny, 'document:so-ho-khau', (node) => void reached.push(node), { mode: 'inbound' });
    expect(reached.sort()).toEqual(
      [
        'data_source:csdlqg-dan-cu',
        'document:so-ho-khau',
        'legal:nd-104-2022',
        'procedure:1.001193',
        'requirement:1.001193#0',
      ].sort(),
    );
  });

  it('nests provisions: point ⊂ clause ⊂ article ⊂ document, forms directly in the document; numbers resolve to ids', () => {
    const graph = buildGraph(loadFixture('provision-coverage'));
    const up: string[] = [];
    bfsFromNode(graph, 'provision:nd-61-2015/28/2/a', (node) => void up.push(node), { mode: 'outbound' });
    expect(up).toEqual([
      'provision:nd-61-2015/28/2/a',
      'provision:nd-61-2015/28/2',
      'provision:nd-61-2015/28',
      'legal:nd-61-2015',
    ]);
    expect(graph.outNeighbors('provision:nd-146-2018/mau-03')).toEqual(['legal:nd-146-2018']);
    // The amendment of "146/2018/ND-CP" form 03 points at the resolved provision node.
    expect(graph.inNeighbors('provision:nd-146-2018/mau-03').sort()).toEqual(['legal:nd-104-2022', 'requirement:form-03#0']);
    // A bare-string basis is the whole document.
    expect(graph.outNeighbors('requirement:whole-116#0')).toContain('legal:nd-116-2016');
  });

  it('keeps parallel edges: two changes of one provision by the same decree', () => {
    const catalog = loadFixture('provision-coverage');
    catalog.legal[3].amends!.push({ provision: { legal: 'nd-61-2015', article: 28, clause: 2 }, drop: true });
    const graph = buildGraph(catalog);
    const edges = graph
      .edges('legal:nd-104-2022', 'provision:nd-61-2015/28/2')
      .map((e) => graph.getEdgeAttributes(e) as AmendsEdge)
      .sort((a, b) => a.amendment - b.amendment);
    expect(edges.map((e) => [e.type, e.amendment, e.drop])).toEqual([
      ['amends', 0, false],
      ['amends', 3, true],
    ]);
  });

  it('adds nodes marked missing for references that do not resolve', () => {
    const graph = buildGraph(loadFixture('lenient-unknown'));
    const missing = graph.filterNodes((_, a: NodeAttributes) => a.missing === true).sort();
    expect(missing).toEqual(['document:tra-cuu-ma', 'legal:nd-999-2099', 'procedure:khong-ton-tai', 'procedure:ma']);
    expect(graph.getNodeAttributes('procedure:ma')).toEqual({ kind: 'procedure', missing: true, reference: 'ma' });
    expect(graph.hasEdge('needs:procedure:ghost-need->procedure:ma')).toBe(true);
  });

  it('links needs, produces, sunset bases and procedure bases', () => {
    const graph = buildGraph(loadFixture('document-sunset'));
    expect(graph.outNeighbors('document:so-ho-khau')).toEqual(['provision:luat-cu-tru-2020/38/3']);
    const needs = buildGraph(loadFixture('needs'));
    expect(needs.outNeighbors('procedure:chain')).toEqual(['procedure:needs-lookup']);
    expect(needs.getEdgeAttributes('needs:procedure:chain->procedure:needs-lookup')).toEqual({ type: 'needs' });
  });
});
