/**
 * Upload bytes as files in one folder (`DATA_DIR/attachments/<id>`), for the SQLite store: written
 * to `<id>.part`, flushed to disk, renamed, and the folder flushed, so a file that exists is
 * complete and survives a power loss once `put` has answered. Readable by the server's user only.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlobStore } from './portal-store.js';

const PARTIAL = '.part';
const ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Flushes a file or folder to disk (fsync), so a rename or write survives a power loss. */
async function flush(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A blob store on a local (or shared) folder. */
export class FileBlobStore implements BlobStore {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  #path(id: string): string {
    if (!ID.test(id)) throw new Error(`not a blob id: ${id}`);
    return join(this.#dir, id);
  }

  async put(id: string, bytes: Readable): Promise<{ size: number; sha256: string }> {
    const target = this.#path(id);
    const partial = `${target}${PARTIAL}`;
    await mkdir(this.#dir, { recursive: true, mode: 0o700 });
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    try {
      await pipeline(bytes, measure, createWriteStream(partial, { mode: 0o600 }));
      await flush(partial);
      await rename(partial, target);
      await flush(this.#dir);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { size, sha256: hash.digest('hex') };
  }

  async get(id: string): Promise<Readable | undefined> {
    const path = this.#path(id);
    try {
      // The stream owns the handle and closes it (a bare fd number would be closed twice).
      const handle = await open(path, 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async delete(ids: readonly string[]): Promise<void> {
    await Promise.all(ids.map((id) => rm(this.#path(id), { force: true })));
  }

  async sweep(isKnown: (ids: readonly string[]) => Promise<ReadonlySet<string>>): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.#dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    const partials = names.filter((name) => name.endsWith(PARTIAL));
    const ids = names.filter((name) => ID.test(name));
    const known = await isKnown(ids);
    const orphans = ids.filter((id) => !known.has(id));
    await Promise.all([
      ...partials.map((name) => rm(join(this.#dir, name), { force: true })),
      this.delete(orphans),
    ]);
    return partials.length + orphans.length;
  }
}
