declare global {
  namespace App {
    interface Error {
      message: string;
      /** Set when the database is unreachable, so the page can offer a retry. */
      unavailable?: boolean;
    }
  }
}

export {};
