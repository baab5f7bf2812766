export { parseMhtml, type MhtmlResource, type ParsedMhtml } from './parse-mhtml';
