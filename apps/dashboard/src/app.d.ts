import type { Theme } from '$lib/preferences';

declare global {
  namespace App {
    interface Locals {
      theme: Theme;
    }
    interface Error {
      message: string;
      /** Set when the database is unreachable, so the page can offer a retry. */
      unavailable?: boolean;
    }
  }
}

export {};
