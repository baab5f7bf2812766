import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import * as Tooltip from '@radix-ui/react-tooltip';
import { useState } from 'react';
import { ApiError } from '../../shared/api/errors';
import { DuplicatePromptProvider } from './add/duplicate-prompt';
import { ImportJobsProvider } from './add/use-import-jobs';
import { ClientProvider } from './api/client-context';
import { connect } from './api/create-client';
import { AppShell } from './layout/app-shell';
import { MissingToken } from './layout/missing-token';
import { SelectionProvider } from './layout/selection-context';
import { ToastProvider } from './ui/toast-provider';
import { AnnotationFocusProvider } from './annotations/annotation-focus';
import { CompareProvider } from './compare/compare-context';
import { NotesProvider } from './notes/notes-context';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The library is local: answers are quick and an ApiError will not fix itself.
        retry: (failures, error) => !(error instanceof ApiError) && failures < 2,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}

export function App() {
  const [forbidden, setForbidden] = useState(false);
  const [connection] = useState(() => connect(() => setForbidden(true)));
  const [queryClient] = useState(createQueryClient);

  if (connection.kind === 'missing-token' || forbidden) return <MissingToken expired={forbidden} />;

  return (
    <ClientProvider client={connection.client}>
      <QueryClientProvider client={queryClient}>
        <Tooltip.Provider delayDuration={600} skipDelayDuration={200}>
          <ToastProvider>
            <SelectionProvider>
              <DuplicatePromptProvider>
                <ImportJobsProvider>
                  <AnnotationFocusProvider>
                    <CompareProvider>
                      <NotesProvider>
                        <AppShell />
                      </NotesProvider>
                    </CompareProvider>
                  </AnnotationFocusProvider>
                </ImportJobsProvider>
              </DuplicatePromptProvider>
            </SelectionProvider>
          </ToastProvider>
        </Tooltip.Provider>
      </QueryClientProvider>
    </ClientProvider>
  );
}
