import { createContext, useContext, type ReactNode } from 'react';
import type { DossierClient } from '../../../shared/api/client';

const ClientContext = createContext<DossierClient | null>(null);

export function ClientProvider({ client, children }: { client: DossierClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): DossierClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient must be used inside <ClientProvider>.');
  return client;
}
