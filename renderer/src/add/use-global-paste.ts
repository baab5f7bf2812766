import { useEffect } from 'react';
import { errorMessage } from '../api/error-message';
import { useToast } from '../ui/toast-context';
import { isEditableTarget } from '../ui/platform';
import { detectFormat } from './detect-format';
import { isOnlyUrls, parseUrlList } from './parse-urls';
import { useClipper } from './use-clipper';
import { useImportDropped } from './use-import-dropped';

/**
 * ⌘/Ctrl+V outside a text field clips the clipboard: a link (or a list of links)
 * is fetched; otherwise its HTML when there is some (the page's structure
 * survives), else its text with the format guessed, else any pasted files.
 */
export function useGlobalPaste(): void {
  const { clipText } = useClipper();
  const importDropped = useImportDropped();
  const toast = useToast();

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || isEditableTarget(event.target) || isEditableTarget(document.activeElement)) return;
      if (document.querySelector('[role="dialog"]')) return;
      const data = event.clipboardData;
      if (!data) return;
      event.preventDefault();
      const html = data.getData('text/html');
      const text = data.getData('text/plain');
      if (isOnlyUrls(text)) return void importDropped(parseUrlList(text).urls.map((url) => ({ kind: 'url' as const, url })));
      if (html.trim()) return void clip({ format: 'html', content: html });
      if (text.trim()) return void clip({ format: detectFormat(text), content: text });
      if (data.files.length > 0) return void importDropped(Array.from(data.files).map((file) => ({ kind: 'file' as const, file })));
      toast.show({ kind: 'error', title: 'The clipboard holds nothing Dossier can clip.' });
    };
    const clip = async (input: Parameters<typeof clipText>[0]) => {
      try {
        await clipText(input);
      } catch (error) {
        toast.show({ kind: 'error', title: errorMessage(error) });
      }
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [clipText, importDropped, toast]);
}
