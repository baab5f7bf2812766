/** An image downloaded at capture, ready to be stored under its SHA-256. */
export interface StoredImage {
  /** Lower-case hex SHA-256 of `bytes`. */
  sha256: string;
  /** Decided from the bytes: `image/png`, `image/jpeg`, `image/gif`, `image/webp` or `image/avif`. */
  mediaType: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** What became of one image source of a document. */
export type ImageOutcome = { src: string; ok: true; image: StoredImage } | { src: string; ok: false; reason: string };

/** An image a clipping uses, under the address its document gave it. */
export interface AttachedImage {
  src: string;
  image: StoredImage;
}

export interface SkippedImage {
  src: string;
  /** Readable: "larger than 5 MB", "a tracking pixel (1×1)", "HTTP 404". */
  reason: string;
}
