/** Inserts `rows` a chunk of `size` per statement: one statement for all could pass PostgreSQL's 65,535 parameters. */
export async function insertChunked<T>(rows: readonly T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}
