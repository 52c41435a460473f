// The model's edges by kind, source and target, holding each edge's key as the graph
// holds it. Node keys come from the graph (their string hashes are cached), so finding
// an existing edge costs three small look-ups instead of hashing a freshly built
// `<kind>:<source>-><target>` string for every attribution.
export class EdgeIndex {
  private readonly byKind = new Map<string, Map<string, Map<string, string>>>();

  get(kind: string, source: string, target: string): string | undefined {
    return this.byKind.get(kind)?.get(source)?.get(target);
  }

  set(kind: string, source: string, target: string, key: string): void {
    let bySource = this.byKind.get(kind);
    if (!bySource) this.byKind.set(kind, (bySource = new Map()));
    let byTarget = bySource.get(source);
    if (!byTarget) bySource.set(source, (byTarget = new Map()));
    byTarget.set(target, key);
  }

  delete(kind: string, source: string, target: string): void {
    const bySource = this.byKind.get(kind);
    const byTarget = bySource?.get(source);
    if (!byTarget) return;
    byTarget.delete(target);
    if (byTarget.size === 0) bySource!.delete(source);
  }
}
