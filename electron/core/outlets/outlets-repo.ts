import { statement } from '../db/statements';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Outlet, OutletKind } from '../../../shared/domain/outlet';

interface OutletRow {
  id: number;
  domain: string;
  name: string;
  kind: OutletKind;
  country: string | null;
  language: string | null;
  notes: string | null;
  clipping_count: number;
}

const OUTLET_COLUMNS = 'id, domain, name, kind, country, language, notes, clipping_count';

export type OutletPatch = Partial<Pick<Outlet, 'name' | 'kind' | 'country' | 'language' | 'notes'>>;

/** Publishers, one per site domain, created at capture and edited by the user. */
export class OutletsRepo {
  constructor(private readonly db: Database.Database) {}

  list(): Outlet[] {
    return (statement(this.db, `SELECT ${OUTLET_COLUMNS} FROM outlets ORDER BY name COLLATE NOCASE, id`).all() as OutletRow[]).map(toOutlet);
  }

  get(id: number): Outlet {
    const row = statement(this.db, `SELECT ${OUTLET_COLUMNS} FROM outlets WHERE id = ?`).get(id) as OutletRow | undefined;
    if (!row) throw new ApiError('not_found', `There is no outlet with id ${id}.`);
    return toOutlet(row);
  }

  /** The outlet for a site, created on first capture with the page's name for it (or the domain). */
  ensure(domain: string, name: string | null, language: string | null, now = new Date()): Outlet {
    const existing = statement(this.db, `SELECT ${OUTLET_COLUMNS} FROM outlets WHERE domain = ?`).get(domain) as OutletRow | undefined;
    if (existing) return toOutlet(existing);
    const { lastInsertRowid } = statement(this.db, 'INSERT INTO outlets (domain, name, language, created_at) VALUES (?, ?, ?, ?)')
      .run(domain, name?.trim() || domain, language, now.toISOString());
    return this.get(Number(lastInsertRowid));
  }

  update(id: number, patch: OutletPatch): Outlet {
    this.get(id);
    const columns = (['name', 'kind', 'country', 'language', 'notes'] as const).filter((key) => patch[key] !== undefined);
    if (columns.length > 0) {
      statement(this.db, `UPDATE outlets SET ${columns.map((key) => `${key} = ?`).join(', ')} WHERE id = ?`)
        .run(...columns.map((key) => patch[key] ?? null), id);
    }
    return this.get(id);
  }
}

function toOutlet(row: OutletRow): Outlet {
  return {
    id: row.id,
    domain: row.domain,
    name: row.name,
    kind: row.kind,
    country: row.country,
    language: row.language,
    notes: row.notes,
    count: row.clipping_count,
  };
}
