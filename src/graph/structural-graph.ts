import type { Catalog } from '../catalog/types.js';
import { addCatalogElements } from './catalog-elements.js';
import { completeCatalog } from './complete-catalog.js';
import type { CatalogGraphView, EdgeAttributes, NodeAttributes } from './graph-types.js';

/**
 * The catalog graph's nodes and edges in plain maps and arrays, for a command that reads the
 * graph once: the same nodes, attributes and edges as `buildGraph`, in the same order, built
 * several times faster for a national catalog (graphology gives each node's adjacency its own
 * object, keyed by node). Unlike a `CatalogGraph`, an edge added twice (a basis cited twice)
 * is kept twice and edges have no keys; `neighbourhood` keeps one edge per type and pair
 * either way.
 */
export class StructuralGraph implements CatalogGraphView {
  private readonly nodes = new Map<string, NodeAttributes>();
  private readonly sources: string[] = [];
  private readonly targets: string[] = [];
  private readonly edgeAttributes: EdgeAttributes[] = [];
  private readonly provinces: string[];

  constructor(input: Catalog) {
    const catalog = completeCatalog(input);
    this.provinces = catalog.provinces.map((p) => p.code);
    addCatalogElements(catalog, {
      hasNode: (key) => this.nodes.has(key),
      addNode: (key, attributes) => void this.nodes.set(key, attributes),
      addEdge: (source, target, attributes) => {
        this.sources.push(source);
        this.targets.push(target);
        this.edgeAttributes.push(attributes);
      },
    });
  }

  hasNode(key: string): boolean {
    return this.nodes.has(key);
  }

  getNodeAttributes(key: string): NodeAttributes {
    const attributes = this.nodes.get(key);
    if (attributes === undefined) throw new Error(`The catalog graph has no node '${key}'.`);
    return attributes;
  }

  forEachNode(callback: (key: string, attributes: NodeAttributes) => void): void {
    this.nodes.forEach((attributes, key) => callback(key, attributes));
  }

  forEachEdge(
    callback: (key: string, attributes: EdgeAttributes, source: string, target: string, sourceAttributes: NodeAttributes, targetAttributes: NodeAttributes) => void,
  ): void {
    for (let i = 0; i < this.sources.length; i++) {
      const source = this.sources[i];
      const target = this.targets[i];
      callback(String(i), this.edgeAttributes[i], source, target, this.nodes.get(source)!, this.nodes.get(target)!);
    }
  }

  getAttribute(name: 'provinces'): string[] | undefined {
    return name === 'provinces' ? this.provinces : undefined;
  }
}
