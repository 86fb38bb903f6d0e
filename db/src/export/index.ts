export * from './csv.ts';
export * from './datapackage.ts';
export * from './dictionary.ts';
export * from './export-to-dir.ts';
export * from './rows-csv.ts';
export * from './table-docs.ts';
