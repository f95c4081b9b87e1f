// Wraps the driver adapter factory Prisma connects through and keeps the adapter it connected, so
// that the API's hot path (lib/database/direct-statements.ts) sends plain statements over the very
// same connection (SQLite: the same one connection and waiting line; PostgreSQL: the same pool).
import "server-only";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export class RememberingAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider: SqlDriverAdapterFactory["provider"];
  readonly adapterName: string;
  private connected: SqlDriverAdapter | null = null;

  constructor(private readonly inner: SqlDriverAdapterFactory) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    this.connected = adapter;
    return adapter;
  }

  /** The adapter Prisma connected, or null before its first query. */
  connectedAdapter(): SqlDriverAdapter | null {
    return this.connected;
  }
}
