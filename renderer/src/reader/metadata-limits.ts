import { MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../../../shared/domain/limits';
import type { MetadataField } from './metadata-draft';

/** The contract's limits on the authors list (shared/api/contract.ts, metadataPatch). */
export const MAX_AUTHORS = 50;
export const MAX_AUTHOR_LENGTH = 200;

/** The contract's length limits, so an input stops where the core would refuse. */
export const FIELD_MAX_LENGTH: Partial<Record<MetadataField, number>> = {
  title: MAX_TITLE_LENGTH,
  subtitle: 1000,
  outlet: 200,
  siteDomain: 253,
  section: 200,
  canonicalUrl: MAX_URL_LENGTH,
  dateline: 200,
  credit: 200,
};
