/** The part of datapackage-js (the Frictionless reference implementation, untyped) the tests use. */
declare module 'datapackage' {
  interface ReadOptions {
    /** Check every foreign key against the rows of the resource it references. */
    relations?: boolean;
    /** Return a row that fails to cast as its error instead of throwing. */
    forceCast?: boolean;
    keyed?: boolean;
  }
  export class Resource {
    readonly name: string;
    read(options?: ReadOptions): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}
