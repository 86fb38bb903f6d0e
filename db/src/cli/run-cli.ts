import { DatasetValidationError } from '@aiwatch/data';
import { DatabaseInUseError } from '../pglite-lock.ts';

/** Runs a CLI's main: known failures print their message and exit 1, never a stack trace. */
export function runCli(name: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (e: unknown) => {
      const known = e instanceof DatabaseInUseError || e instanceof DatasetValidationError;
      const message = e instanceof Error ? (known ? e.message : (e.stack ?? e.message)) : String(e);
      console.error(`${name}: ${message}`);
      process.exit(1);
    },
  );
}
