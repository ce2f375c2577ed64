import type { Catalog } from '../catalog/types.js';
import { addCatalogElements } from './catalog-elements.js';
import { completeCatalog } from './complete-catalog.js';
import type { CatalogGraphView, EdgeAttributes, NodeAttributes } from './graph-types.js';

/**
 * The catalog graph's nodes and edges in plain maps and arrays, for a command that reads the
 * graph once: the same nodes, attributes and edges as `buildGraph`, in the same order, built
 * several times faster for a national catalog (graphology gives each node's adjacency its own
 * object, keyed by node). Unlike a `CatalogGraph`, an edge added twice (a basis cited twice)
 * is kept twice, and an edge's key is its position ("0", "1", …); `neighbourhood` keeps one
 * edge per type and pair either way.
 */
export class StructuralGraph implements CatalogGraphView {
  /** Each node's number: its place in `keys` and `nodeAttributes`, in the order added. */
  private readonly index = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly nodeAttributes: NodeAttributes[] = [];
  private readonly sources: number[] = [];
  private readonly targets: number[] = [];
  private readonly edgeAttributes: EdgeAttributes[] = [];
  private readonly provinces: string[];

  constructor(input: Catalog) {
    const catalog = completeCatalog(input);
    this.provinces = catalog.provinces.map((p) => p.code);
    addCatalogElements(catalog, {
      hasNode: (key) => this.index.has(key),
      addNode: (key, attributes) => {
        this.index.set(key, this.keys.length);
        this.keys.push(key);
        this.nodeAttributes.push(attributes);
      },
      addEdge: (source, target, attributes) => {
        // Both ends are added before the edge.
        this.sources.push(this.index.get(source)!);
        this.targets.push(this.index.get(target)!);
        this.edgeAttributes.push(attributes);
      },
    });
  }

  hasNode(key: string): boolean {
    return this.index.has(key);
  }

  getNodeAttributes(key: string): NodeAttributes {
    const n = this.index.get(key);
    if (n === undefined) throw new Error(`The catalog graph has no node '${key}'.`);
    return this.nodeAttributes[n];
  }

  forEachNode(callback: (key: string, attributes: NodeAttributes) => void): void {
    for (let n = 0; n < this.keys.length; n++) callback(this.keys[n], this.nodeAttributes[n]);
  }

  forEachEdge(
    callback: (key: string, attributes: EdgeAttributes, source: string, target: string, sourceAttributes: NodeAttributes, targetAttributes: NodeAttributes) => void,
  ): void {
    const { keys, nodeAttributes } = this;
    for (let i = 0; i < this.sources.length; i++) {
      const s = this.sources[i];
      const t = this.targets[i];
      callback(String(i), this.edgeAttributes[i], keys[s], keys[t], nodeAttributes[s], nodeAttributes[t]);
    }
  }

  getAttribute(name: 'provinces'): string[] | undefined {
    return name === 'provinces' ? this.provinces : undefined;
  }
}
