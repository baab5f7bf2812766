import { useEffect, useState } from 'react';
import { CheckIcon, CopyIcon } from './icons';

/** Copies `text` to the clipboard and says so for a moment; `label` names what is copied. */
export function CopyButton({ text, label, className = '' }: { text: string; label: string; className?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 1600);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <button type="button" className={`button button-quiet copy-button ${className}`} onClick={() => void copy()} aria-label={`Copy ${label}`}>
      {state === 'copied' ? <CheckIcon /> : <CopyIcon />}
      <span className="copy-button-text" aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
      </span>
    </button>
  );
}
