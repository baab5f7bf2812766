import { UsageError } from '../usage-error';

export function parseId(value: string | undefined, command: string): number {
  if (value === undefined) throw new UsageError(`${command} needs a clipping ID.`);
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`"${value}" is not a clipping ID (a whole number, as shown by dossier list).`);
  return id;
}
