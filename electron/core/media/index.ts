export { captureImages, type CapturedImages } from './capture-images';
export { downloadImages, IMAGE_LIMITS, type DownloadOptions, type Fetcher, type ImageLimits } from './download-images';
export { figureSources } from './figure-sources';
export { archivedResources } from './images-from-archive';
export { withLocalImages } from './localize-figures';
export { MediaRepo, type ClippingMediaRow, type MediaBytes } from './media-repo';
export type { AttachedImage, ImageOutcome, SkippedImage, StoredImage } from './media-types';
export { mediaPath, parseMediaPath } from './media-url';
