export interface DatasetIssue {
  collection: string;
  id: string;
  field: string;
  message: string;
}

export function formatIssue(i: DatasetIssue): string {
  return `${i.collection}/${i.id} · ${i.field}: ${i.message}`;
}

/** Thrown when the dataset does not validate; its message lists every record and field at fault. */
export class DatasetValidationError extends Error {
  constructor(readonly issues: DatasetIssue[]) {
    super(`dataset has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'DatasetValidationError';
  }
}
