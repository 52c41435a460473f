import { getAttributesItemsCount } from 'sigma/rendering';

/**
 * sigma v3 draws most shapes (discs, squares, rings, edge rectangles, arrowheads) with instanced WebGL: one
 * vertex set shared by every item, plus per-item data. Without a GPU, Chromium rasterises WebGL with SwiftShader,
 * which runs an instanced call as one draw per instance: a first frame of 20k nodes and 60k edges then costs
 * seconds of per-draw overhead, however small the shapes (measured: ~30 µs per instance on this machine, against
 * a fraction of that per vertex in a plain draw). `withoutInstancing` turns such a program into a plain one: the
 * same shaders and the same look, with each item's data written once per vertex beside that vertex's constant
 * data, and the whole program drawn in one call.
 */

interface AttributeSpec {
  name: string;
  size: number;
  type: number;
  normalized?: boolean;
}

interface ProgramDefinition {
  VERTICES: number;
  ATTRIBUTES: AttributeSpec[];
  CONSTANT_ATTRIBUTES?: AttributeSpec[];
  CONSTANT_DATA?: number[][];
  [other: string]: unknown;
}

/** What the wrapper needs of a sigma program class (node or edge); its constructor arguments are passed through. */
interface ProgramInstance {
  array: Float32Array;
  getDefinition(): ProgramDefinition;
  processVisibleItem(...args: unknown[]): void;
}
// sigma's program classes have constructors with protected members and typed `process` signatures
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ProgramClass = new (...args: any[]) => any;

export function withoutInstancing<C extends ProgramClass>(Base: C): C {
  // a program's definition is static data (no instance state); a plain program is returned as it is
  const definition = (Base.prototype as ProgramInstance).getDefinition.call(Object.create(Base.prototype));
  if (!definition.CONSTANT_ATTRIBUTES) return Base;
  const Plain = class extends (Base as unknown as new (...args: unknown[]) => ProgramInstance) {
    /** the instanced layout of one item, filled by the base program, then copied to each vertex */
    private item: Float32Array | null = null;
    private itemCount = 0;
    private constants: number[][] = [];
    private constantCount = 0;

    getDefinition(): ProgramDefinition {
      const def = super.getDefinition();
      if (!def.CONSTANT_ATTRIBUTES) return def;
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA, ...plain } = def;
      return { ...plain, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] } as ProgramDefinition;
    }

    /** Called as the base program's: (index, startIndex, ...item data). */
    processVisibleItem(...args: unknown[]): void {
      if (!this.item) this.prepare();
      const start = args[1] as number;
      const target = this.array;
      const item = this.item!;
      this.array = item;
      args[1] = 0;
      try {
        super.processVisibleItem(...args);
      } finally {
        this.array = target;
      }
      const n = this.itemCount;
      const stride = n + this.constantCount;
      for (let v = 0; v < this.constants.length; v++) {
        let i = start + v * stride;
        for (let j = 0; j < n; j++) target[i++] = item[j];
        const constant = this.constants[v];
        for (let j = 0; j < constant.length; j++) target[i++] = constant[j];
      }
    }

    private prepare(): void {
      const def = super.getDefinition();
      this.itemCount = getAttributesItemsCount(def.ATTRIBUTES as never);
      this.constantCount = def.CONSTANT_ATTRIBUTES ? getAttributesItemsCount(def.CONSTANT_ATTRIBUTES as never) : 0;
      this.constants = def.CONSTANT_DATA ?? Array.from({ length: def.VERTICES }, () => []);
      this.item = new Float32Array(this.itemCount);
    }
  };
  return Plain as unknown as C;
}
