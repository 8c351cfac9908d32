/** The folder of the PostgreSQL server programs, if installed. */
export function postgresBinDir(): string | undefined;
