// markdown-it-footnote's own types (@types/markdown-it-footnote) are written against an older markdown-it typing.
declare module 'markdown-it-footnote' {
  import type { PluginSimple } from 'markdown-it';
  const footnote: PluginSimple;
  export default footnote;
}
