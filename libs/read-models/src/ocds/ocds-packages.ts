import type { OcdsRelease } from './ocds-release';

/** The OCDS schema version the packages follow. */
export const OCDS_VERSION = '1.1';

/** The extensions the releases use: sustainability (`tender.sustainability`) and metrics (placement counts). */
export const OCDS_EXTENSIONS = [
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_sustainability_extension/master/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json',
] as const;

export interface OcdsPublication {
  /** The package's own URI: where it was served, or the file it was written to. */
  readonly uri: string;
  readonly publisherName: string;
  /** When the package was published, or the recorded time of its latest content. */
  readonly publishedDate: string;
}

const header = (publication: OcdsPublication) => ({
  uri: publication.uri,
  version: OCDS_VERSION,
  extensions: [...OCDS_EXTENSIONS],
  publishedDate: publication.publishedDate,
  publisher: { name: publication.publisherName },
});

export interface OcdsReleasePackage extends ReturnType<typeof header> {
  readonly releases: readonly OcdsRelease[];
}

export interface OcdsRecordPackage extends ReturnType<typeof header> {
  readonly records: readonly { readonly ocid: string; readonly releases: readonly OcdsRelease[]; readonly compiledRelease: OcdsRelease }[];
}

/** A release package of `releases` as given (the feed keeps log order). */
export function releasePackage(releases: readonly OcdsRelease[], publication: OcdsPublication): OcdsReleasePackage {
  return { ...header(publication), releases };
}

/**
 * The record package of one process from its releases in log order. The record lists them by date, as the
 * standard asks (log order among equal dates). Each release is a full snapshot, so the compiled release
 * is the last one in log order — what the system knows now, even when an act was registered after a later
 * one — tagged `compiled`.
 */
export function recordPackage(ocid: string, releasesInLogOrder: readonly OcdsRelease[], publication: OcdsPublication): OcdsRecordPackage {
  if (releasesInLogOrder.length === 0) throw new RangeError(`no releases for ${ocid}`);
  const byDate = releasesInLogOrder
    .map((release, index) => ({ release, index, at: Date.parse(release.date) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ release }) => release);
  const latest = releasesInLogOrder[releasesInLogOrder.length - 1];
  const compiledRelease: OcdsRelease = { ...latest, id: `${ocid}-compiled`, tag: ['compiled'] };
  return { ...header(publication), records: [{ ocid, releases: byDate, compiledRelease }] };
}
