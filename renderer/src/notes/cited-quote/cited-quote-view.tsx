import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { Fragment } from '@tiptap/pm/model';
import { sourceLine } from '../../../../shared/notes/citation-label';
import { citationState, useCitationEnvironment } from '../citation-context';
import { quoteParagraphs } from './quote-content';

interface QuoteAttrs {
  clippingId: number;
  annotationId: number | null;
  quote: string | null;
  speaker: string | null;
  outlet: string | null;
  headline: string | null;
  published: string | null;
  url: string | null;
}

/**
 * A cited quote in the editor: the quoted paragraphs (editable: the writer may trim
 * them), then the source line, which opens the clipping at the highlight. Under it,
 * what became of the source: changed (with Update), unlinked, in the trash, deleted.
 */
export function CitedQuoteView({ node, editor, getPos }: ReactNodeViewProps) {
  const attrs = node.attrs as QuoteAttrs;
  const { citations, openCitation } = useCitationEnvironment();
  const state = citationState(citations, attrs.clippingId, attrs.annotationId);
  const line = sourceLine(attrs) || 'Source';

  const update = () => {
    const pos = getPos();
    if (typeof pos !== 'number' || !state?.currentQuote) return;
    const text = state.currentQuote;
    editor
      .chain()
      .command(({ tr, state: editorState }) => {
        const paragraphs = quoteParagraphs(text).map((json) => editorState.schema.nodeFromJSON(json));
        tr.replaceWith(pos + 1, pos + node.nodeSize - 1, Fragment.from(paragraphs));
        tr.setNodeMarkup(pos, undefined, { ...attrs, quote: text });
        return true;
      })
      .run();
  };

  return (
    <NodeViewWrapper as="blockquote" className="cited-quote" data-cited-quote="" data-state={stateName(state)}>
      <NodeViewContent className="cited-quote-text" />
      <footer className="cited-quote-source" contentEditable={false}>
        <button
          type="button"
          className="cited-quote-open"
          disabled={state?.clipping === 'deleted'}
          title={state?.clipping === 'deleted' ? 'The clipping was deleted' : 'Open the clipping at this quote'}
          onClick={() => openCitation({ clippingId: attrs.clippingId, annotationId: attrs.annotationId, quote: attrs.quote ?? node.textContent })}
        >
          {attrs.speaker ? `${attrs.speaker} — ${line}` : line}
        </button>
        {attrs.url && (
          <a className="cited-quote-link" href={attrs.url} target="_blank" rel="noopener noreferrer nofollow" title={attrs.url}>
            link
          </a>
        )}
        <QuoteBadge state={state} onUpdate={editor.isEditable ? update : undefined} />
      </footer>
    </NodeViewWrapper>
  );
}

function QuoteBadge({ state, onUpdate }: { state: ReturnType<typeof citationState>; onUpdate?: () => void }) {
  if (!state) return null;
  if (state.clipping === 'deleted') return <span className="note-badge note-badge-gone">Source deleted</span>;
  if (state.clipping === 'trashed') return <span className="note-badge">Source in the trash</span>;
  if (state.annotation === 'deleted') return <span className="note-badge" title="The highlight was deleted; the quote stays as it was">Unlinked</span>;
  if (state.annotation === 'changed') {
    return (
      <span className="note-badge note-badge-changed">
        Source changed
        {onUpdate && state.currentQuote && (
          <button type="button" className="note-badge-action" onClick={onUpdate} title={`Replace the quote with: “${state.currentQuote}”`}>
            Update
          </button>
        )}
      </span>
    );
  }
  return null;
}

function stateName(state: ReturnType<typeof citationState>): string {
  if (!state) return 'unknown';
  if (state.clipping !== 'live') return state.clipping;
  return state.annotation === 'deleted' ? 'unlinked' : (state.annotation ?? 'live');
}
