import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useClient } from '../api/client-context';

const bridgeInfoKey = ['bridge', 'info'] as const;

/** The browser bridge's state, asked afresh whenever Settings opens (it can start or stop meanwhile). */
export function useBridgeInfo() {
  const client = useClient();
  return useQuery({ queryKey: bridgeInfoKey, queryFn: () => client.bridge.info({}), refetchOnMount: 'always' });
}

/** A new pairing key; the bookmarklet changes with it. */
export function useResetPairingKey() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.bridge.resetKey({}),
    onSuccess: (info) => queryClient.setQueryData(bridgeInfoKey, info),
  });
}
